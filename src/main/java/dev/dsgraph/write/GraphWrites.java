package dev.dsgraph.write;

import dev.dsgraph.seed.SeedModel.RelationTypeDef;
import dev.dsgraph.seed.SeedModel.TopicDef;
import org.neo4j.driver.TransactionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one write model: the upsert of each entity (relation type, topic, concept, relation), used by the seed loader,
 * imports and the API alike. Each statement takes a batch of rows; who writes decides what is overwritten
 * ({@link Writer}). Nothing here deletes an entity: deletions are the API's alone
 * ({@code curation/CurationRepository}).
 */
public final class GraphWrites {

    /** Who writes, which decides what an upsert may overwrite and who owns the result. */
    public enum Writer {
        /**
         * The seed loader: owns what it writes as {@code seed}; never touches entries owned by the API or deleted
         * through it (a {@code :Tombstone}), and skips entries whose content is unchanged.
         */
        SEED("seed", false, false),
        /** An import through the API: overwrites and owns ({@code api}) what it writes; skips unchanged entries. */
        IMPORT("api", false, false),
        /**
         * One write through the API, which has already checked what it changes: always writes, owns the result, and
         * counts a relation's change as a change of both its concepts (their versions are bumped).
         */
        API("api", true, true);

        final String origin;
        final boolean always;
        final boolean bumpsVersions;

        Writer(String origin, boolean always, boolean bumpsVersions) {
            this.origin = origin;
            this.always = always;
            this.bumpsVersions = bumpsVersions;
        }

        /** The owner this writer stores on what it writes: seed or api. */
        public String origin() {
            return origin;
        }
    }

    /** One concept the upsert wrote: created or updated, and its version after the write. */
    public record WrittenConcept(String id, boolean created, long version) {}

    /** One relation the upsert wrote, named as given, and whether it was created. */
    public record WrittenRelation(String from, String type, String to, boolean created) {}

    private static final String UPSERT_TYPES = """
            UNWIND $types AS row
            MERGE (t:RelationType {type: row.type})
            SET t.label = row.label, t.inverse = row.inverse, t.description = row.description,
                t.symmetric = row.symmetric, t.acyclic = row.acyclic, t.weight = row.weight
            """;

    private static final String UPSERT_TOPICS = """
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

    /** Creates or replaces concepts' fields and topics (their relations stay). */
    private static final String UPSERT_CONCEPTS = """
            UNWIND $rows AS row
            OPTIONAL MATCH (existing:Concept {id: row.id})
            WITH row, existing
            WHERE $always
               OR ($origin = 'api' OR NOT EXISTS { MATCH (:Tombstone {key: 'concept:' + row.id}) })
                  AND (existing IS NULL
                       OR ((existing.origin = 'seed' OR $origin = 'api')
                           AND coalesce(existing.digest, '') <> row.digest))
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
            RETURN c.id AS id, created, c.version AS version
            """;

    /**
     * Creates or updates relations of one direction kind: {@code ->} for directed types, {@code -} for symmetric ones,
     * which are stored once in either direction and matched from both ends (a new one is stored from {@code from} to
     * {@code to}). The type is a dynamic label per row; a row's tombstones are the keys that mark it deleted through
     * the API (both directions for a symmetric type).
     */
    private static final String UPSERT_RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Concept {id: row.from})
            MATCH (b:Concept {id: row.to})
            OPTIONAL MATCH (a)-[existing:$(row.type)]%1$s(b)
            WITH a, b, row, existing
            WHERE $always
               OR ($origin = 'api' OR NOT EXISTS { MATCH (t:Tombstone) WHERE t.key IN row.tombstones })
                  AND (existing IS NULL
                       OR ((existing.origin = 'seed' OR $origin = 'api')
                           AND (existing.reason <> row.reason OR existing.weight <> row.weight)))
            MERGE (a)-[r:$(row.type)]%1$s(b)
            SET r.reason = row.reason, r.weight = row.weight, r.origin = $origin
            FOREACH (bump IN CASE WHEN $bumpVersions THEN [1] ELSE [] END |
              SET a.version = a.version + 1, b.version = b.version + 1)
            RETURN row.from AS from, row.type AS type, row.to AS to, existing IS NULL AS created
            """;

    private static final String UPSERT_DIRECTED = UPSERT_RELATIONS.formatted("->");
    private static final String UPSERT_SYMMETRIC = UPSERT_RELATIONS.formatted("-");

    private GraphWrites() {}

    public static void upsertTypes(TransactionContext tx, List<RelationTypeDef> types) {
        tx.run(
                        UPSERT_TYPES,
                        Map.of("types", types.stream().map(GraphWrites::typeRow).toList()))
                .consume();
    }

    public static void upsertTopics(TransactionContext tx, List<TopicDef> topics) {
        tx.run(
                        UPSERT_TOPICS,
                        Map.of(
                                "topics",
                                topics.stream().map(GraphWrites::topicRow).toList()))
                .consume();
    }

    /** Writes the concepts the writer may write; returns those it wrote, in no particular order. */
    public static List<WrittenConcept> upsertConcepts(TransactionContext tx, List<ConceptRow> rows, Writer writer) {
        return tx.run(
                        UPSERT_CONCEPTS,
                        Map.of(
                                "rows", rows.stream().map(ConceptRow::toMap).toList(),
                                "origin", writer.origin,
                                "always", writer.always))
                .list(r -> new WrittenConcept(
                        r.get("id").asString(),
                        r.get("created").asBoolean(),
                        r.get("version").asLong()));
    }

    /**
     * Writes the relations (all of directed types, or all of symmetric types) the writer may write; returns those it
     * wrote.
     */
    public static List<WrittenRelation> upsertRelations(
            TransactionContext tx, boolean symmetric, List<RelationRow> rows, Writer writer) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return tx.run(
                        symmetric ? UPSERT_SYMMETRIC : UPSERT_DIRECTED,
                        Map.of(
                                "rows",
                                        rows.stream()
                                                .map(r -> r.toMap(symmetric))
                                                .toList(),
                                "origin", writer.origin,
                                "always", writer.always,
                                "bumpVersions", writer.bumpsVersions))
                .list(r -> new WrittenRelation(
                        r.get("from").asString(),
                        r.get("type").asString(),
                        r.get("to").asString(),
                        r.get("created").asBoolean()));
    }

    /** The stored properties of a relation type. */
    public static Map<String, Object> typeRow(RelationTypeDef t) {
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

    /** The stored properties of a topic, with its parent's id. */
    public static Map<String, Object> topicRow(TopicDef t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("parent", t.parent());
        m.put("description", t.description());
        m.put("order", t.order());
        return m;
    }
}
