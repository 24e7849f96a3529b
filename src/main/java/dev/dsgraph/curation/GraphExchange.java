package dev.dsgraph.curation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.concept.ConceptModels.Figure;
import dev.dsgraph.curation.CurationModels.ImportReport;
import dev.dsgraph.seed.SeedModel;
import dev.dsgraph.seed.SeedModel.RelationTypeDef;
import dev.dsgraph.seed.SeedProblem;
import dev.dsgraph.seed.SeedReader;
import dev.dsgraph.seed.SeedValidator;
import dev.dsgraph.seed.SeedWriter;
import dev.dsgraph.support.InvalidInput;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Export of the whole graph in the graph-seed format, and import of such a document (validated, all or nothing). */
final class GraphExchange {

    /** Most entries (relation types, topics, concepts and relations together) one import may hold. */
    public static final int MAX_IMPORT_ENTRIES = 50_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TYPES = """
            MATCH (t:RelationType)
            RETURN t {.type, .label, .inverse, .description, .symmetric, .acyclic, .weight} AS t ORDER BY t.type
            """;

    private static final String TOPICS = """
            MATCH (t:Topic)
            OPTIONAL MATCH (t)-[:SUBTOPIC_OF]->(p:Topic)
            RETURN t.id AS id, t.name AS name, p.id AS parent, t.description AS description
            ORDER BY t.order, t.id
            """;

    private static final String CONCEPTS = """
            MATCH (c:Concept)
            RETURN c {.id, .name, .aliases, .summary, .details, .tags, .examples, .figures,
                      topics: COLLECT { MATCH (c)-[:IN_TOPIC]->(t:Topic) RETURN t.id ORDER BY t.id }} AS c
            ORDER BY c.id
            """;

    private static final String RELATIONS = """
            MATCH (a:Concept)-[r]->(b:Concept)
            RETURN a.id AS from, type(r) AS type, b.id AS to, r.reason AS reason, r.weight AS weight
            ORDER BY from, type, to
            """;

    private static final String EXISTING_IDS = """
            RETURN COLLECT { MATCH (c:Concept) RETURN c.id } AS concepts, COLLECT { MATCH (t:Topic) RETURN t.id } AS topics
            """;

    private static final String ACYCLIC_EDGES = """
            MATCH (a:Concept)-[r]->(b:Concept) WHERE type(r) IN $types
            RETURN type(r) AS type, a.id AS from, b.id AS to
            """;

    private GraphExchange() {}

    /** The whole graph as one graph-seed document: relationTypes, topics, concepts, relations, in a stable order. */
    public static Map<String, Object> export(TransactionContext tx) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("relationTypes", tx.run(TYPES).list(r -> r.get("t").asMap()));
        doc.put("topics", tx.run(TOPICS).list(r -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", r.get("id").asString());
            t.put("name", r.get("name").asString());
            putIfPresent(t, "parent", r.get("parent"));
            putIfPresent(t, "description", r.get("description"));
            return t;
        }));
        doc.put("concepts", tx.run(CONCEPTS).list(GraphExchange::concept));
        doc.put("relations", tx.run(RELATIONS).list(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", r.get("from").asString());
            m.put("type", r.get("type").asString());
            m.put("to", r.get("to").asString());
            m.put("reason", r.get("reason").asString(""));
            m.put("weight", r.get("weight").asDouble(1.0));
            return m;
        }));
        return doc;
    }

    private static Map<String, Object> concept(Record r) {
        Value c = r.get("c");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.get("id").asString());
        m.put("name", c.get("name").asString());
        putList(m, "aliases", c.get("aliases"));
        m.put("summary", c.get("summary").asString());
        putIfPresent(m, "details", c.get("details"));
        m.put("topics", c.get("topics").asList(Value::asString));
        putList(m, "tags", c.get("tags"));
        putList(m, "examples", c.get("examples"));
        if (!c.get("figures").isNull()) {
            try {
                // the stored figures, written out as the API answers them (a missing note left out)
                List<Figure> figures = JSON.readValue(c.get("figures").asString(), new TypeReference<>() {});
                if (!figures.isEmpty()) {
                    m.put("figures", figures);
                }
            } catch (Exception e) {
                throw new IllegalStateException("figures of " + c.get("id").asString() + " are not valid JSON", e);
            }
        }
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Value v) {
        if (!v.isNull() && !v.asString().isBlank()) {
            m.put(key, v.asString());
        }
    }

    private static void putList(Map<String, Object> m, String key, Value v) {
        if (!v.isNull() && !v.asList().isEmpty()) {
            m.put(key, v.asList(Value::asString));
        }
    }

    /**
     * Validates {@code doc} against itself and the graph inside the caller's write transaction, then writes it with MERGE
     * (entries become API-owned). Throws 422 with every problem, or 413 when it is too large, before writing anything.
     */
    public static ImportReport importDocument(TransactionContext tx, JsonNode doc, long revision) {
        if (doc == null || !doc.isObject()) {
            throw InvalidInput.notADocument("The import must be a JSON object with relationTypes, topics,"
                    + " concepts and relations, as GET /api/v1/export returns");
        }
        int entries = 0;
        for (String key : List.of("relationTypes", "topics", "concepts", "relations")) {
            entries += doc.path(key).size();
        }
        if (entries > MAX_IMPORT_ENTRIES) {
            throw InvalidInput.tooManyEntries(entries, MAX_IMPORT_ENTRIES);
        }
        SeedReader reader = SeedReader.readDocument(doc, "import");
        SeedModel model = reader.model();
        List<SeedProblem> problems = new ArrayList<>(reader.problems());
        problems.addAll(SeedValidator.validate(model, context(tx, model)));
        if (!problems.isEmpty()) {
            List<Map<String, Object>> errors = problems.stream()
                    .map(p -> {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("entry", p.entry());
                        e.put("message", p.message());
                        return e;
                    })
                    .toList();
            throw InvalidInput.invalidImport(
                    problems.size() + " problem(s); nothing was written. First: " + problems.get(0), errors);
        }
        SeedWriter.Result result = SeedWriter.write(tx, model, null, SeedWriter.Mode.IMPORT, revision);
        int unchanged = model.concepts().size()
                + model.relations().size()
                - result.conceptsCreated()
                - result.conceptsUpdated()
                - result.relationsCreated()
                - result.relationsUpdated();
        return new ImportReport(
                result.conceptsCreated(),
                result.conceptsUpdated(),
                result.relationsCreated(),
                result.relationsUpdated(),
                unchanged,
                revision);
    }

    private static SeedValidator.Context context(TransactionContext tx, SeedModel model) {
        Record ids = tx.run(EXISTING_IDS).single();
        Map<String, RelationTypeDef> types = new LinkedHashMap<>();
        for (Record r : tx.run(TYPES).list()) {
            Value t = r.get("t");
            types.put(
                    t.get("type").asString(),
                    new RelationTypeDef(
                            t.get("type").asString(),
                            t.get("label").asString(),
                            t.get("inverse").asString(),
                            t.get("description").asString(),
                            t.get("symmetric").asBoolean(),
                            t.get("acyclic").asBoolean(),
                            t.get("weight").asDouble(1.0),
                            null));
        }
        Set<String> acyclic = new HashSet<>();
        types.values().stream().filter(RelationTypeDef::acyclic).forEach(t -> acyclic.add(t.type()));
        model.relationTypes().stream().filter(RelationTypeDef::acyclic).forEach(t -> acyclic.add(t.type()));
        List<String[]> edges = tx.run(ACYCLIC_EDGES, Map.of("types", List.copyOf(acyclic)))
                .list(r -> new String[] {
                    r.get("type").asString(),
                    r.get("from").asString(),
                    r.get("to").asString()
                });
        return new SeedValidator.Context(
                new HashSet<>(ids.get("concepts").asList(Value::asString)),
                new HashSet<>(ids.get("topics").asList(Value::asString)),
                types,
                edges);
    }
}
