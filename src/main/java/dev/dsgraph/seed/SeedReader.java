package dev.dsgraph.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dsgraph.concept.ConceptModels.Figure;
import dev.dsgraph.seed.SeedModel.ConceptDef;
import dev.dsgraph.seed.SeedModel.Origin;
import dev.dsgraph.seed.SeedModel.RelationDef;
import dev.dsgraph.seed.SeedModel.RelationTypeDef;
import dev.dsgraph.seed.SeedModel.TopicDef;
import dev.dsgraph.support.ConceptId;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads seed documents (YAML or JSON) into a {@link SeedModel}, checking each entry's shape against the rules of
 * {@code graph-seed/schema.json} and collecting every problem instead of stopping at the first.
 */
public final class SeedReader {

    public static final Pattern ID = Pattern.compile(ConceptId.PATTERN);
    public static final Pattern TYPE = Pattern.compile("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$");
    public static final Pattern TAG = Pattern.compile(ConceptId.PATTERN);
    // every limit comes from graph-seed/schema.json, so the reader and the schema cannot disagree
    public static final int ID_MAX = SeedSchema.limit("/$defs/slug", "maxLength");
    public static final int TYPE_MAX = SeedSchema.limit("/$defs/relationTypeName", "maxLength");
    public static final int NAME_MAX = SeedSchema.limit("/$defs/concept/properties/name", "maxLength");
    public static final int SUMMARY_MAX = SeedSchema.limit("/$defs/concept/properties/summary", "maxLength");
    public static final int DETAILS_MAX = SeedSchema.limit("/$defs/concept/properties/details", "maxLength");
    public static final int REASON_MAX = SeedSchema.limit("/$defs/relation/properties/reason", "maxLength");
    public static final int LIST_MAX = SeedSchema.limit("/$defs/concept/properties/aliases", "maxItems");
    public static final int TAG_MAX = SeedSchema.limit("/$defs/concept/properties/tags/items", "maxLength");
    public static final int TEXT_MAX = SeedSchema.limit("/$defs/text400", "maxLength");
    public static final int LABEL_MAX = SeedSchema.limit("/$defs/relationType/properties/label", "maxLength");
    public static final int UNIT_MAX = SeedSchema.limit("/$defs/figure/properties/unit", "maxLength");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> DOC_KEYS = Set.of("relationTypes", "topics", "concepts", "relations");
    private static final Set<String> TYPE_KEYS =
            Set.of("type", "label", "inverse", "description", "symmetric", "acyclic", "weight");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "name", "parent", "description");
    private static final Set<String> CONCEPT_KEYS = Set.of(
            "id", "name", "aliases", "summary", "details", "topics", "tags", "examples", "figures", "foundational");
    private static final Set<String> FIGURE_KEYS = Set.of("name", "value", "unit", "note");
    private static final Set<String> RELATION_KEYS = Set.of("from", "type", "to", "reason", "weight");

    private final List<RelationTypeDef> types = new ArrayList<>();
    private final List<TopicDef> topics = new ArrayList<>();
    private final List<ConceptDef> concepts = new ArrayList<>();
    private final List<RelationDef> relations = new ArrayList<>();
    private final List<SeedProblem> problems = new ArrayList<>();

    /** Reads every {@code .yaml}, {@code .yml} and {@code .json} file below {@code dir} (schema.json excepted). */
    public static SeedReader readDirectory(Path dir) {
        SeedReader reader = new SeedReader();
        if (!Files.isDirectory(dir)) {
            reader.problems.add(new SeedProblem(dir.toString(), "", "seed directory does not exist"));
            return reader;
        }
        List<Path> files;
        try {
            files = seedFiles(dir);
        } catch (IOException e) {
            reader.problems.add(new SeedProblem(dir.toString(), "", "cannot list files: " + e.getMessage()));
            return reader;
        }
        if (files.isEmpty()) {
            reader.problems.add(
                    new SeedProblem(dir.toString(), "", "no seed files (.yaml, .yml or .json) in the directory"));
            return reader;
        }
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            try {
                JsonNode doc;
                try (InputStream in = Files.newInputStream(file)) {
                    doc = YAML.readTree(in); // from a directory, or from inside the jar
                }
                reader.validateAgainstSchema(doc, name);
                reader.read(doc, name);
            } catch (IOException e) {
                reader.problems.add(new SeedProblem(
                        name,
                        "",
                        "not valid YAML/JSON: "
                                + e.getMessage().lines().findFirst().orElse("")));
            }
        }
        return reader;
    }

    /** The seed files below {@code dir} in a stable order: every .yaml, .yml and .json file except schema.json. */
    static List<Path> seedFiles(Path dir) throws IOException {
        // follow links: a seed directory is often a link itself (a Kubernetes ConfigMap volume, a deployment layout)
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
                    .filter(p -> !p.getFileName().toString().equals("schema.json"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A SHA-256 over the seed files' names and bytes: cheap to compute, and equal only when no file changed, so an
     * unchanged seed is recognised at startup without parsing it. Null when the directory cannot be read.
     */
    public static String filesHash(Path dir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : seedFiles(dir)) {
                digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Reads one document already parsed (the body of an import). */
    public static SeedReader readDocument(JsonNode doc, String name) {
        SeedReader reader = new SeedReader();
        reader.validateAgainstSchema(doc, name);
        reader.read(doc, name);
        return reader;
    }

    public SeedModel model() {
        return new SeedModel(List.copyOf(types), List.copyOf(topics), List.copyOf(concepts), List.copyOf(relations));
    }

    public List<SeedProblem> problems() {
        return problems;
    }

    /**
     * Checks a whole document against schema.json's {@code seedDocument} first; the entry-by-entry reading below then
     * converts it, with the same limits, and words the common mistakes for a person.
     */
    private void validateAgainstSchema(JsonNode doc, String file) {
        if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
            problems.addAll(SeedSchema.validate(doc, SeedSchema.Kind.DOCUMENT, file));
        }
    }

    private void read(JsonNode doc, String file) {
        if (doc == null || doc.isMissingNode() || doc.isNull()) {
            return; // an empty file holds nothing
        }
        if (!doc.isObject()) {
            problems.add(new SeedProblem(file, "", "the document must be a mapping with keys " + DOC_KEYS));
            return;
        }
        unknownKeys(doc, DOC_KEYS, file, "");
        list(doc, "relationTypes", file).forEach(e -> readType(e.node, file, e.label));
        list(doc, "topics", file).forEach(e -> readTopic(e.node, file, e.label, topics.size()));
        list(doc, "concepts", file).forEach(e -> readConcept(e.node, file, e.label));
        list(doc, "relations", file).forEach(e -> readRelation(e.node, file, e.label));
    }

    private record Item(JsonNode node, String label) {}

    private List<Item> list(JsonNode doc, String key, String file) {
        JsonNode node = doc.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new SeedProblem(file, key, "must be a list"));
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            JsonNode id = item.isObject() ? (item.has("id") ? item.get("id") : item.get("type")) : null;
            String label = key + "[" + i + "]"
                    + (id != null && id.isTextual() && !key.equals("relations") ? " (" + id.asText() + ")" : "");
            if (key.equals("relations") && item.isObject()) {
                label = key + "[" + i + "] (" + item.path("from").asText("?") + " "
                        + item.path("type").asText("?") + " " + item.path("to").asText("?") + ")";
            }
            if (!item.isObject()) {
                problems.add(new SeedProblem(file, label, "must be a mapping"));
            } else {
                items.add(new Item(item, label));
            }
        }
        return items;
    }

    private void readType(JsonNode n, String file, String entry) {
        Fields f = new Fields(n, file, entry);
        unknownKeys(n, TYPE_KEYS, file, entry);
        String type = f.text("type", true, TYPE_MAX);
        if (type != null && !TYPE.matcher(type).matches()) {
            f.problem("type", "must be UPPER_SNAKE_CASE, got '" + type + "'");
        }
        String label = f.text("label", true, LABEL_MAX);
        boolean symmetric = f.bool("symmetric", false);
        String inverse = f.text("inverse", !symmetric, LABEL_MAX);
        String description = f.text("description", true, TEXT_MAX);
        boolean acyclic = f.bool("acyclic", false);
        double weight = f.weight("weight", 1.0);
        if (symmetric && acyclic) {
            f.problem("acyclic", "a symmetric type cannot be acyclic");
        }
        if (f.ok) {
            types.add(new RelationTypeDef(
                    type,
                    label,
                    inverse == null ? label : inverse,
                    description,
                    symmetric,
                    acyclic,
                    weight,
                    new Origin(file, entry)));
        }
    }

    private void readTopic(JsonNode n, String file, String entry, int order) {
        Fields f = new Fields(n, file, entry);
        unknownKeys(n, TOPIC_KEYS, file, entry);
        String id = f.id("id", true);
        String name = f.text("name", true, NAME_MAX);
        String parent = f.id("parent", false);
        String description = f.text("description", false, TEXT_MAX);
        if (f.ok) {
            topics.add(new TopicDef(id, name, parent, description, order, new Origin(file, entry)));
        }
    }

    private void readConcept(JsonNode n, String file, String entry) {
        Fields f = new Fields(n, file, entry);
        unknownKeys(n, CONCEPT_KEYS, file, entry);
        String id = f.id("id", true);
        String name = f.text("name", true, NAME_MAX);
        List<String> aliases = f.texts("aliases", NAME_MAX, null);
        String summary = f.text("summary", true, SUMMARY_MAX);
        String details = f.text("details", false, DETAILS_MAX);
        List<String> topicIds = f.texts("topics", ID_MAX, ID);
        if (n.has("topics") && topicIds.isEmpty() && f.ok) {
            f.problem("topics", "must name at least one topic");
        } else if (!n.has("topics")) {
            f.problem("topics", "is required");
        }
        List<String> tags = f.texts("tags", TAG_MAX, TAG);
        List<String> examples = f.texts("examples", TEXT_MAX, null);
        boolean foundational = f.bool("foundational", false);
        List<Figure> figures = new ArrayList<>();
        JsonNode figs = n.get("figures");
        if (figs != null && !figs.isNull()) {
            if (!figs.isArray()) {
                f.problem("figures", "must be a list");
            } else {
                for (int i = 0; i < figs.size(); i++) {
                    JsonNode fig = figs.get(i);
                    String at = entry + " figures[" + i + "]";
                    if (!fig.isObject()) {
                        f.problem("figures[" + i + "]", "must be a mapping with name, value, unit");
                        continue;
                    }
                    unknownKeys(fig, FIGURE_KEYS, file, at);
                    Fields ff = new Fields(fig, file, at);
                    String fname = ff.text("name", true, NAME_MAX);
                    JsonNode value = fig.get("value");
                    if (value == null || !value.isNumber()) {
                        ff.problem("value", "is required and must be a number");
                    }
                    String unit = ff.text("unit", true, UNIT_MAX);
                    String note = ff.text("note", false, TEXT_MAX);
                    if (ff.ok) {
                        figures.add(new Figure(fname, value.asDouble(), unit, note));
                    } else {
                        f.ok = false;
                    }
                }
            }
        }
        if (f.ok) {
            concepts.add(new ConceptDef(
                    id,
                    name,
                    aliases,
                    summary,
                    details == null ? "" : details.strip(),
                    topicIds,
                    tags,
                    examples,
                    figures,
                    new Origin(file, entry),
                    foundational));
        }
    }

    private void readRelation(JsonNode n, String file, String entry) {
        Fields f = new Fields(n, file, entry);
        unknownKeys(n, RELATION_KEYS, file, entry);
        String from = f.id("from", true);
        String type = f.text("type", true, TYPE_MAX);
        String to = f.id("to", true);
        String reason = f.text("reason", true, REASON_MAX);
        double weight = f.weight("weight", Double.NaN);
        if (f.ok) {
            relations.add(new RelationDef(from, type, to, reason, weight, new Origin(file, entry)));
        }
    }

    private void unknownKeys(JsonNode n, Set<String> allowed, String file, String entry) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problems.add(new SeedProblem(
                        file,
                        entry,
                        "unknown field '" + key + "' (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }

    /** Typed access to one entry's fields that records a problem for each bad one. */
    private final class Fields {
        private final JsonNode node;
        private final String file;
        private final String entry;
        boolean ok = true;

        Fields(JsonNode node, String file, String entry) {
            this.node = node;
            this.file = file;
            this.entry = entry;
        }

        void problem(String field, String message) {
            ok = false;
            problems.add(new SeedProblem(file, entry, field + " " + message));
        }

        String text(String field, boolean required, int max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(field, "is required");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problem(field, "must be a non-empty string");
                return null;
            }
            String s = v.asText().strip();
            if (s.length() > max) {
                problem(field, "must be at most " + max + " characters, has " + s.length());
                return null;
            }
            return s;
        }

        String id(String field, boolean required) {
            String s = text(field, required, ID_MAX);
            if (s != null && !ID.matcher(s).matches()) {
                problem(field, "must be a lowercase kebab-case id like 'vector-clock', got '" + s + "'");
                return null;
            }
            return s;
        }

        boolean bool(String field, boolean defaultValue) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return defaultValue;
            }
            if (!v.isBoolean()) {
                problem(field, "must be true or false");
                return defaultValue;
            }
            return v.asBoolean();
        }

        double weight(String field, double defaultValue) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (Double.isNaN(defaultValue)) {
                    problem(field, "is required");
                }
                return defaultValue;
            }
            if (!v.isNumber() || !(v.asDouble() > 0 && v.asDouble() <= 1)) {
                problem(field, "must be a number in (0, 1], got " + v);
                return defaultValue;
            }
            return v.asDouble();
        }

        List<String> texts(String field, int max, Pattern pattern) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(field, "must be a list of strings");
                return List.of();
            }
            if (v.size() > LIST_MAX) {
                problem(field, "must have at most " + LIST_MAX + " items, has " + v.size());
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isTextual()
                        || item.asText().isBlank()
                        || item.asText().strip().length() > max) {
                    problem(field, "items must be non-empty strings of at most " + max + " characters");
                    return List.of();
                }
                String s = item.asText().strip();
                if (pattern != null && !pattern.matcher(s).matches()) {
                    problem(field, "item '" + s + "' must match " + pattern.pattern());
                    return List.of();
                }
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }
    }
}
