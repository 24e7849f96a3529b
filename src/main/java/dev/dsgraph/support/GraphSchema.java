package dev.dsgraph.support;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;

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

    private GraphSchema() {
    }

    /** Creates every constraint and index that is missing and waits until they are online; a no-op when all exist. */
    public static void apply(Driver driver) {
        java.util.Set<String> existing = new java.util.HashSet<>(driver.executableQuery(
                "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList());
        boolean created = false;
        for (String statement : STATEMENTS) {
            String name = statement.strip().split("\\s+")[statement.contains("FULLTEXT") ? 3 : 2];
            if (!existing.contains(name)) {
                driver.executableQuery(statement).withConfig(QueryConfig.defaultConfig()).execute();
                created = true;
            }
        }
        if (created) {
            driver.executableQuery("CALL db.awaitIndexes(60)").execute();
        }
    }
}
