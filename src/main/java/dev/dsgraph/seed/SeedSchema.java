package dev.dsgraph.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code graph-seed/schema.json}, the one definition of a seed document's shape (packaged on the class path by the
 * build): validates documents with the networknt JSON Schema validator and gives the reader its limits, so the two
 * cannot disagree.
 */
final class SeedSchema {

    /** Where the build puts graph-seed/schema.json on the class path. */
    static final String RESOURCE = "/dev/dsgraph/seed/schema.json";

    /** The subschemas by the file they validate. */
    public enum Kind {
        /** Any seed document: a file with any of the four keys, or an import body. */
        DOCUMENT("#/$defs/seedDocument"),
        /** A file under concepts/ (the schema's root). */
        CONCEPT_FILE("#/$defs/conceptFile"),
        /** relation-types.yaml. */
        RELATION_TYPES_FILE("#/$defs/relationTypesFile"),
        /** topics.yaml. */
        TOPICS_FILE("#/$defs/topicsFile");

        private final String ref;

        Kind(String ref) {
            this.ref = ref;
        }
    }

    private static final JsonNode NODE = load();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<Kind, Schema> SCHEMAS = new EnumMap<>(Kind.class);

    private SeedSchema() {}

    private static JsonNode load() {
        try (InputStream in = SeedSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed schema " + RESOURCE + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema document itself. */
    public static JsonNode node() {
        return NODE;
    }

    /** Validates one parsed document; every error as a problem of {@code file}, empty when it conforms. */
    public static List<SeedProblem> validate(JsonNode document, Kind kind, String file) {
        List<Error> errors = schema(kind).validate(document);
        return errors.stream()
                .map(e -> new SeedProblem(
                        file, e.getInstanceLocation().toString(), "breaks schema.json: " + e.getMessage()))
                .toList();
    }

    private static synchronized Schema schema(Kind kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> {
            // the same document with its root pointing at the wanted subschema: local $refs resolve as in the file
            ObjectNode root = NODE.deepCopy();
            root.put("$ref", k.ref);
            return REGISTRY.getSchema(root);
        });
    }

    /**
     * A numeric limit of the schema, read at {@code pointer} (a JSON pointer such as
     * {@code /$defs/concept/properties/summary}), following one {@code $ref} when the keyword sits on the referenced
     * definition.
     */
    public static int limit(String pointer, String keyword) {
        JsonNode at = NODE.at(pointer);
        for (int hops = 0; at.isObject() && hops < 4; hops++) {
            if (at.has(keyword)) {
                return at.get(keyword).asInt();
            }
            if (!at.has("$ref")) {
                break;
            }
            at = NODE.at(at.get("$ref").asText().substring(1));
        }
        throw new IllegalStateException("schema.json has no " + keyword + " at " + pointer);
    }
}
