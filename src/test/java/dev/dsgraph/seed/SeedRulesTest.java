package dev.dsgraph.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dsgraph.curation.CurationModels;
import dev.dsgraph.seed.SeedModel.ConceptDef;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The content rules of graph-seed/, checked on the files alone (no database). */
class SeedRulesTest {

    static final Path SEED = Path.of("graph-seed");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final SeedModel MODEL = SeedLoader.readValid(SEED);

    @Test
    void everySeedFileConformsToSchemaJson() throws IOException {
        List<SeedProblem> problems = new ArrayList<>();
        problems.addAll(SeedSchema.validate(
                YAML.readTree(SEED.resolve("relation-types.yaml").toFile()),
                SeedSchema.Kind.RELATION_TYPES_FILE,
                "relation-types.yaml"));
        problems.addAll(SeedSchema.validate(
                YAML.readTree(SEED.resolve("topics.yaml").toFile()), SeedSchema.Kind.TOPICS_FILE, "topics.yaml"));
        try (Stream<Path> files = Files.list(SEED.resolve("concepts"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode doc = YAML.readTree(file.toFile());
                problems.addAll(SeedSchema.validate(doc, SeedSchema.Kind.CONCEPT_FILE, file.toString()));
                problems.addAll(SeedSchema.validate(doc, SeedSchema.Kind.DOCUMENT, file.toString()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatBreaksIt() throws IOException {
        JsonNode bad = YAML.readTree("""
                concepts:
                  - {id: Bad Id, name: x, summary: "%s", topics: [causality], colour: red, foundational: "yes"}
                relations:
                  - {from: a, type: lower_case, to: b, reason: r, weight: 1.5}
                """.formatted("s".repeat(401)));
        List<String> problems = SeedSchema.validate(bad, SeedSchema.Kind.DOCUMENT, "bad.yaml").stream()
                .map(SeedProblem::toString)
                .toList();
        assertThat(String.join("\n", problems))
                .contains("colour")
                .contains("/concepts/0/id")
                .contains("/concepts/0/summary")
                .contains("/concepts/0/foundational")
                .contains("/relations/0/type")
                .contains("/relations/0/weight");
        // and the loader reports it too, before anything is written
        assertThat(SeedReader.readDocument(bad, "import").problems())
                .extracting(SeedProblem::message)
                .anyMatch(m -> m.startsWith("breaks schema.json"));
    }

    @Test
    void theReadersLimitsAreTheSchemas() {
        assertThat(SeedReader.SUMMARY_MAX)
                .isEqualTo(SeedSchema.node()
                        .at("/$defs/concept/properties/summary/maxLength")
                        .asInt())
                .isEqualTo(400);
        assertThat(SeedReader.TYPE_MAX)
                .isEqualTo(SeedSchema.node()
                        .at("/$defs/relationTypeName/maxLength")
                        .asInt());
        assertThat(SeedSchema.node().at("/$defs/figure/properties/note").isMissingNode())
                .as("figure note in the schema")
                .isFalse();
        assertThat(SeedSchema.node()
                        .at("/$defs/concept/properties/foundational/type")
                        .asText())
                .isEqualTo("boolean");
    }

    /** The curation API's request-body limits are checked against the same schema (the third copy of the rules). */
    @Test
    void theApiRequestBodyLimitsAreTheSchemas() {
        Map<String, Integer> concept = sizes(CurationModels.ConceptInput.class);
        JsonNode props = SeedSchema.node().at("/$defs/concept/properties");
        assertThat(concept.get("name")).isEqualTo(SeedSchema.limit("/$defs/concept/properties/name", "maxLength"));
        assertThat(concept.get("summary"))
                .isEqualTo(props.at("/summary/maxLength").asInt());
        assertThat(concept.get("details"))
                .isEqualTo(props.at("/details/maxLength").asInt());
        for (String list : List.of("aliases", "topics", "tags", "examples", "figures")) {
            assertThat(concept.get(list))
                    .as(list)
                    .isEqualTo(props.at("/" + list + "/maxItems").asInt());
        }
        Map<String, Integer> figure = sizes(CurationModels.FigureInput.class);
        assertThat(figure.get("name")).isEqualTo(SeedSchema.limit("/$defs/figure/properties/name", "maxLength"));
        assertThat(figure.get("unit")).isEqualTo(SeedSchema.limit("/$defs/figure/properties/unit", "maxLength"));
        assertThat(figure.get("note")).isEqualTo(SeedSchema.limit("/$defs/figure/properties/note", "maxLength"));
        assertThat(sizes(CurationModels.RelationInput.class).get("reason"))
                .isEqualTo(SeedSchema.limit("/$defs/relation/properties/reason", "maxLength"));
    }

    /** The {@code @Size(max)} of each component of a request record. */
    static Map<String, Integer> sizes(Class<? extends Record> type) {
        Map<String, Integer> out = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Size size = c.getAccessor().getAnnotation(Size.class);
            if (size == null) {
                size = c.getAnnotation(Size.class);
            }
            if (size != null) {
                out.put(c.getName(), size.max());
            }
        }
        return out;
    }

    @Test
    void onlyFoundationalConceptsHaveAnEmptyLearningPath() {
        Map<String, Set<String>> paths = SeedReport.learningPaths(MODEL);
        List<String> foundational = MODEL.concepts().stream()
                .filter(ConceptDef::foundational)
                .map(ConceptDef::id)
                .toList();
        List<String> emptyButNotFoundational = MODEL.concepts().stream()
                .filter(c -> !c.foundational() && paths.get(c.id()).isEmpty())
                .map(ConceptDef::id)
                .toList();
        assertThat(emptyButNotFoundational)
                .as("concepts without a learning path that are not marked foundational")
                .isEmpty();
        assertThat(foundational)
                .as("foundational concepts are genuine starting points: no prerequisites")
                .allSatisfy(id -> assertThat(paths.get(id)).as(id).isEmpty());
        assertThat(foundational).as("starting points are kept few").isNotEmpty().hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void everyConceptHasAtLeastThreeRelations() {
        Map<String, Integer> count = new TreeMap<>();
        MODEL.concepts().forEach(c -> count.put(c.id(), 0));
        MODEL.relations().forEach(r -> {
            count.merge(r.from(), 1, Integer::sum);
            count.merge(r.to(), 1, Integer::sum);
        });
        assertThat(count)
                .as("concepts with fewer than 3 relations")
                .allSatisfy((id, n) -> assertThat(n).as(id).isGreaterThanOrEqualTo(3));
        Map<String, Set<String>> neighbours = SeedReport.neighbours(MODEL);
        assertThat(neighbours)
                .as("concepts related to fewer than 3 others")
                .allSatisfy((id, n) -> assertThat(n).as(id).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void noTwoConceptsShareANameOrAlias() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (ConceptDef c : MODEL.concepts()) {
            Set<String> own = new TreeSet<>();
            own.add(c.name().toLowerCase(Locale.ROOT));
            c.aliases().forEach(a -> own.add(a.toLowerCase(Locale.ROOT)));
            own.forEach(
                    term -> owners.computeIfAbsent(term, k -> new TreeSet<>()).add(c.id()));
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        owners.forEach((term, ids) -> {
            if (ids.size() > 1) {
                shared.put(term, ids);
            }
        });
        assertThat(shared)
                .as("names and aliases used by more than one concept (case-insensitive)")
                .isEmpty();
    }

    @Test
    void theFormsLearnersTypeAreAliases() {
        Map<String, String> expected = Map.of(
                "cap",
                "cap-theorem",
                "geo hashing",
                "geohashing",
                "backoff",
                "exponential-backoff",
                "retries",
                "retry",
                "timeouts",
                "timeout",
                "session affinity",
                "sticky-session",
                "high availability",
                "availability",
                "offset",
                "consumer-offset",
                "strong consistency",
                "linearizability");
        Map<String, String> owner = new HashMap<>();
        MODEL.concepts().forEach(c -> c.aliases().forEach(a -> owner.put(a.toLowerCase(Locale.ROOT), c.id())));
        expected.forEach((alias, id) -> assertThat(owner.get(alias)).as(alias).isEqualTo(id));
    }
}
