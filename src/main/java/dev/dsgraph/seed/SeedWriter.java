package dev.dsgraph.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.seed.SeedModel.ConceptDef;
import dev.dsgraph.seed.SeedModel.RelationDef;
import dev.dsgraph.seed.SeedModel.RelationTypeDef;
import dev.dsgraph.seed.SeedModel.TopicDef;
import dev.dsgraph.support.ChangeLog;
import dev.dsgraph.support.GraphRevision;
import org.neo4j.driver.TransactionContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a validated seed with {@code MERGE} inside one transaction. Entries owned by the API (created or edited through
 * it, {@code origin = 'api'}) and entries deleted through the API (a {@code :Tombstone}) are never touched; nothing is
 * ever deleted.
 */
public final class SeedWriter {

    /** What one write did. */
    public record Result(
            int conceptsCreated,
            int conceptsUpdated,
            int relationsCreated,
            int relationsUpdated,
            int topicsWritten,
            int relationTypesWritten,
            long revision) {

        public boolean changedAnything() {
            return conceptsCreated + conceptsUpdated + relationsCreated + relationsUpdated > 0;
        }
    }

    /** Who is writing: the seed loader defers to the API; an import through the API overwrites and owns what it writes. */
    public enum Mode {
        SEED("seed"),
        IMPORT("api");

        final String origin;

        Mode(String origin) {
            this.origin = origin;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MERGE_TYPES = """
            UNWIND $types AS row
            MERGE (t:RelationType {type: row.type})
            SET t.label = row.label, t.inverse = row.inverse, t.description = row.description,
                t.symmetric = row.symmetric, t.acyclic = row.acyclic, t.weight = row.weight
            """;

    private static final String MERGE_TOPICS = """
            UNWIND $topics AS row
            MERGE (t:Topic {id: row.id})
            SET t.name = row.name, t.description = row.description, t.order = row.order
            WITH t, row
            OPTIONAL MATCH (t)-[old:SUBTOPIC_OF]->(p:Topic) WHERE p.id <> coalesce(row.parent, '')
            DELETE old
            WITH DISTINCT t, row WHERE row.parent IS NOT NULL
            MATCH (p:Topic {id: row.parent})
            MERGE (t)-[:SUBTOPIC_OF]->(p)
            """;

    private static final String MERGE_CONCEPTS = """
            UNWIND $concepts AS row
            OPTIONAL MATCH (existing:Concept {id: row.id})
            WITH row, existing
            WHERE ($origin = 'api' OR NOT EXISTS { MATCH (:Tombstone {key: 'concept:' + row.id}) })
              AND (existing IS NULL OR ((existing.origin = 'seed' OR $origin = 'api') AND coalesce(existing.digest, '') <> row.digest))
            MERGE (c:Concept {id: row.id})
            SET c.name = row.name, c.nameLower = row.nameLower, c.aliases = row.aliases,
                c.aliasesLower = row.aliasesLower, c.aliasText = row.aliasText, c.summary = row.summary,
                c.details = row.details, c.tags = row.tags, c.examples = row.examples, c.figures = row.figures,
                c.foundational = row.foundational,
                c.origin = $origin, c.digest = row.digest, c.version = coalesce(c.version, 0) + 1,
                c.updatedAt = datetime()
            WITH c, row, existing IS NULL AS created
            OPTIONAL MATCH (c)-[old:IN_TOPIC]->(t:Topic) WHERE NOT t.id IN row.topics
            DELETE old
            WITH DISTINCT c, row, created
            CALL (c, row) {
              UNWIND row.topics AS tid
              MATCH (t:Topic {id: tid})
              MERGE (c)-[:IN_TOPIC]->(t)
            }
            RETURN c.id AS id, created
            """;

    private static final String MERGE_RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Concept {id: row.from})
            MATCH (b:Concept {id: row.to})
            OPTIONAL MATCH (a)-[existing:$(row.type)]->(b)
            WITH a, b, row, existing
            WHERE ($origin = 'api' OR NOT EXISTS { MATCH (:Tombstone {key: row.key}) })
              AND (existing IS NULL OR ((existing.origin = 'seed' OR $origin = 'api') AND (existing.reason <> row.reason OR existing.weight <> row.weight)))
            MERGE (a)-[r:$(row.type)]->(b)
            SET r.reason = row.reason, r.weight = row.weight, r.origin = $origin
            RETURN row.from AS from, row.type AS type, row.to AS to, existing IS NULL AS created
            """;

    /** Symmetric types are stored once, in either direction, and matched from both ends. */
    private static final String MERGE_SYMMETRIC_RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Concept {id: row.from})
            MATCH (b:Concept {id: row.to})
            OPTIONAL MATCH (a)-[existing:$(row.type)]-(b)
            WITH a, b, row, existing
            WHERE ($origin = 'api' OR (NOT EXISTS { MATCH (:Tombstone {key: row.key}) }
                                       AND NOT EXISTS { MATCH (:Tombstone {key: row.reverseKey}) }))
              AND (existing IS NULL OR ((existing.origin = 'seed' OR $origin = 'api') AND (existing.reason <> row.reason OR existing.weight <> row.weight)))
            MERGE (a)-[r:$(row.type)]-(b)
            SET r.reason = row.reason, r.weight = row.weight, r.origin = $origin
            RETURN row.from AS from, row.type AS type, row.to AS to, existing IS NULL AS created
            """;

    private static final String SET_SEED_HASH =
            "MERGE (m:Meta {id: 'graph'}) SET m.seedHash = $hash, m.seededAt = datetime()";

    private SeedWriter() {}

    /**
     * Writes a validated seed or import and records its hash (when given); returns what changed. The caller has bumped
     * the revision at the start of the transaction ({@link GraphRevision#bump}), which also serialises writers.
     */
    public static Result write(TransactionContext tx, SeedModel seed, String hash, Mode mode, long revision) {
        String source = mode.origin.equals("seed") ? "seed" : "import";
        tx.run(
                        MERGE_TYPES,
                        Map.of(
                                "types",
                                seed.relationTypes().stream()
                                        .map(SeedWriter::typeRow)
                                        .toList()))
                .consume();
        tx.run(
                        MERGE_TOPICS,
                        Map.of(
                                "topics",
                                seed.topics().stream().map(SeedWriter::topicRow).toList()))
                .consume();

        List<Map<String, Object>> changes = new ArrayList<>();
        int conceptsCreated = 0;
        int conceptsUpdated = 0;
        for (var row : tx.run(
                        MERGE_CONCEPTS,
                        Map.of(
                                "origin",
                                mode.origin,
                                "concepts",
                                seed.concepts().stream()
                                        .map(SeedWriter::conceptRow)
                                        .toList()))
                .list()) {
            boolean created = row.get("created").asBoolean();
            conceptsCreated += created ? 1 : 0;
            conceptsUpdated += created ? 0 : 1;
            changes.add(ChangeLog.concept(
                    created ? "created" : "updated", row.get("id").asString()));
        }

        Map<String, RelationTypeDef> types = currentTypes(tx, seed);
        // two statements, directed and symmetric types, each over all their rows (the type is a dynamic type per row)
        Map<Boolean, List<Map<String, Object>>> bySymmetry = seed.relations().stream()
                .sorted(Comparator.comparing(RelationDef::type))
                .collect(Collectors.partitioningBy(
                        r -> types.get(r.type()).symmetric(),
                        Collectors.mapping(SeedWriter::writeRow, Collectors.toList())));
        int relationsCreated = 0;
        int relationsUpdated = 0;
        for (boolean symmetric : List.of(false, true)) {
            List<Map<String, Object>> rows = bySymmetry.get(symmetric);
            if (rows.isEmpty()) {
                continue;
            }
            for (var row : tx.run(
                            symmetric ? MERGE_SYMMETRIC_RELATIONS : MERGE_RELATIONS,
                            Map.of("rows", rows, "origin", mode.origin))
                    .list()) {
                boolean created = row.get("created").asBoolean();
                relationsCreated += created ? 1 : 0;
                relationsUpdated += created ? 0 : 1;
                changes.add(ChangeLog.relation(
                        created ? "created" : "updated",
                        row.get("from").asString(),
                        row.get("type").asString(),
                        row.get("to").asString()));
            }
        }
        ChangeLog.append(tx, revision, source, changes);
        if (hash != null) {
            tx.run(SET_SEED_HASH, Map.of("hash", hash)).consume();
        }
        return new Result(
                conceptsCreated,
                conceptsUpdated,
                relationsCreated,
                relationsUpdated,
                seed.topics().size(),
                seed.relationTypes().size(),
                revision);
    }

    private static Map<String, RelationTypeDef> currentTypes(TransactionContext tx, SeedModel seed) {
        Map<String, RelationTypeDef> types = new LinkedHashMap<>();
        for (var r : tx.run("MATCH (t:RelationType) RETURN t.type AS type, t.symmetric AS symmetric")
                .list()) {
            String type = r.get("type").asString();
            types.put(
                    type,
                    new RelationTypeDef(
                            type, null, null, null, r.get("symmetric").asBoolean(false), false, 1, null));
        }
        seed.relationTypes().forEach(t -> types.put(t.type(), t));
        return types;
    }

    /** A SHA-256 over the seed's content, independent of file layout and entry order. */
    public static String contentHash(SeedModel seed) {
        List<String> lines = new ArrayList<>();
        seed.relationTypes().forEach(t -> lines.add("T " + json(typeRow(t))));
        seed.topics().forEach(t -> lines.add("P " + json(topicRow(t))));
        seed.concepts().forEach(c -> lines.add("C " + json(conceptRow(c))));
        seed.relations().forEach(r -> lines.add("R " + json(relationRow(r))));
        lines.sort(String::compareTo);
        return sha256(String.join("\n", lines));
    }

    static Map<String, Object> typeRow(RelationTypeDef t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", t.type());
        m.put("label", t.label());
        m.put("inverse", t.inverse());
        m.put("description", t.description());
        m.put("symmetric", t.symmetric());
        m.put("acyclic", t.acyclic());
        m.put("weight", t.weight());
        return m;
    }

    static Map<String, Object> topicRow(TopicDef t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("parent", t.parent());
        m.put("description", t.description());
        m.put("order", t.order());
        return m;
    }

    /** The properties of a concept node, as written by the seed loader and the API alike. */
    public static Map<String, Object> conceptRow(ConceptDef c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("nameLower", c.name().toLowerCase(Locale.ROOT));
        m.put("aliases", c.aliases());
        m.put(
                "aliasesLower",
                c.aliases().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
        m.put("aliasText", String.join(" ; ", c.aliases()));
        m.put("summary", c.summary());
        m.put("details", c.details() == null ? "" : c.details());
        m.put("tags", c.tags());
        m.put("examples", c.examples());
        m.put("figures", json(c.figures()));
        m.put("topics", c.topics().stream().sorted().toList()); // a set: its order carries no meaning
        if (c.foundational()) {
            m.put("foundational", true); // absent otherwise, so the digest of an ordinary concept does not change
        }
        m.put("digest", sha256(json(m)));
        return m;
    }

    /** A relation's row for writing: its hashed row plus its type. */
    private static Map<String, Object> writeRow(RelationDef r) {
        Map<String, Object> m = relationRow(r);
        m.put("type", r.type());
        return m;
    }

    static Map<String, Object> relationRow(RelationDef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("reason", r.reason());
        m.put("weight", r.weight());
        m.put("key", relationKey(r.from(), r.type(), r.to()));
        m.put("reverseKey", relationKey(r.to(), r.type(), r.from()));
        return m;
    }

    /** The tombstone key of a relation deleted through the API. */
    public static String relationKey(String from, String type, String to) {
        return "relation:" + from + "|" + type + "|" + to;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 of a text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
