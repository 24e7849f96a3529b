package dev.dsgraph.support;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The constraints and indexes the domain needs, created idempotently. */
public final class GraphSchema {

    /** Name of the full-text index over concept names, aliases, summaries and details. */
    public static final String FULLTEXT_INDEX = "concept_text";

    private static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (c:Concept) REQUIRE c.id IS UNIQUE",
            "CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE",
            "CREATE CONSTRAINT relation_type_type IF NOT EXISTS FOR (t:RelationType) REQUIRE t.type IS UNIQUE",
            "CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:Meta) REQUIRE m.id IS UNIQUE",
            "CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE",
            "CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE k.key IS UNIQUE",
            "CREATE CONSTRAINT tombstone_key IF NOT EXISTS FOR (t:Tombstone) REQUIRE t.key IS UNIQUE",
            "CREATE INDEX concept_name_lower IF NOT EXISTS FOR (c:Concept) ON (c.nameLower)",
            "CREATE INDEX change_revision IF NOT EXISTS FOR (c:Change) ON (c.revision)",
            """
            CREATE FULLTEXT INDEX concept_text IF NOT EXISTS
            FOR (c:Concept) ON EACH [c.name, c.aliasText, c.summary, c.details]
            """);

    /**
     * Identifies {@link #STATEMENTS} (String.hashCode is fixed by the language specification, so every replica and
     * release computes the same value for the same statements): recorded on the Meta node once they are all applied.
     */
    public static final String VERSION =
            "s" + Integer.toHexString(String.join("\n", STATEMENTS).hashCode());

    /**
     * What the {@code (:Meta {id: 'graph'})} node records about the store, read in one query at startup (the same text
     * everywhere, so Neo4j plans it once): schema version, seed hashes, and the revision and its stamp, which the graph
     * cache compares with its snapshot file's.
     */
    public static final String RECORDED = """
            OPTIONAL MATCH (m:Meta {id: 'graph'})
            RETURN m.schemaVersion AS schemaVersion, m.seedHash AS seedHash, m.seedFilesHash AS seedFilesHash,
                   coalesce(m.revision, 0) AS revision, coalesce(m.stamp, '') AS stamp
            """;

    /** The schema version, seed content hash and seed files hash recorded on the Meta node; null where none is. */
    public record Recorded(String schemaVersion, String seedHash, String seedFilesHash) {

        static String text(Value v) {
            return v.isNull() ? null : v.asString();
        }

        public static Recorded of(Record r) {
            return new Recorded(text(r.get("schemaVersion")), text(r.get("seedHash")), text(r.get("seedFilesHash")));
        }
    }

    private GraphSchema() {}

    /** Reads what the Meta node records. */
    public static Recorded recorded(Driver driver) {
        return Recorded.of(driver.executableQuery(RECORDED).execute().records().get(0));
    }

    /**
     * Makes sure the schema exists. When the Meta node records this {@link #VERSION}, the statements were all applied
     * before and nothing is checked (one query instead of a round of index listing at every start, as a migration tool
     * trusts its record of applied migrations); otherwise {@link #apply} runs and records the version.
     */
    public static boolean ensure(Driver driver, Recorded recorded) {
        if (VERSION.equals(recorded.schemaVersion())) {
            return false;
        }
        apply(driver);
        return true;
    }

    /** Creates every constraint and index that is missing, waits until they are online and records {@link #VERSION}. */
    public static void apply(Driver driver) {
        Set<String> existing = new HashSet<>(driver
                .executableQuery("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name")
                .execute()
                .records()
                .stream()
                .map(r -> r.get("name").asString())
                .toList());
        boolean created = false;
        for (String statement : STATEMENTS) {
            String name = statement.strip().split("\\s+")[statement.contains("FULLTEXT") ? 3 : 2];
            if (!existing.contains(name)) {
                driver.executableQuery(statement)
                        .withConfig(QueryConfig.defaultConfig())
                        .execute();
                created = true;
            }
        }
        if (created) {
            driver.executableQuery("CALL db.awaitIndexes(60)").execute();
        }
        driver.executableQuery("MERGE (m:Meta {id: 'graph'}) SET m.schemaVersion = $version")
                .withParameters(Map.of("version", VERSION))
                .execute();
    }
}
