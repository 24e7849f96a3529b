package dev.dsgraph.seed;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks of the seed graph's content, as loaded by the service at startup. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class SeedContentTest {

    static List<Record> query(String cypher) {
        try (Driver driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none())) {
            return driver.executableQuery(cypher).execute().records();
        }
    }

    @Test
    void everyConceptHasASummaryAndAtLeastOneRelation() {
        List<Record> bad = query("""
                MATCH (c:Concept {origin: 'seed'})
                WHERE c.summary IS NULL OR trim(c.summary) = '' OR NOT EXISTS { (c)--(:Concept) }
                RETURN c.id AS id""");
        assertThat(bad).extracting(r -> r.get("id").asString()).isEmpty();
    }

    @Test
    void everyRelationHasAReasonAndAWeightAndATypeFromTheVocabulary() {
        List<Record> bad = query("""
                MATCH (a:Concept)-[r]->(b:Concept)
                WHERE r.reason IS NULL OR trim(r.reason) = '' OR NOT (r.weight > 0 AND r.weight <= 1)
                   OR NOT EXISTS { MATCH (t:RelationType {type: type(r)}) }
                RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel""");
        assertThat(bad).extracting(r -> r.get("rel").asString()).isEmpty();
    }

    @Test
    void acyclicTypesHaveNoCycles() {
        List<Record> cycles = query("""
                MATCH (t:RelationType {acyclic: true})
                CALL (t) {
                  MATCH p = (a:Concept)-[rels*1..20]->(a)
                  WHERE all(r IN rels WHERE type(r) = t.type)
                  RETURN a.id AS id LIMIT 1
                }
                RETURN t.type AS type, id""");
        assertThat(cycles)
                .extracting(r -> r.get("type").asString() + " at " + r.get("id").asString())
                .isEmpty();
    }

    @Test
    void theSheetsOwnLinksArePresent() {
        assertThat(query("""
                MATCH (:Concept {id: 'vector-clock'})--(:Concept {id: 'causality'})--(:Concept {id: 'partial-order'})
                RETURN 1 AS ok LIMIT 1""")).hasSize(1);
        for (String used : List.of("caching", "sharding", "load-balancing")) {
            assertThat(query("MATCH (:Concept {id: 'consistent-hashing'})-[:USED_IN]->(:Concept {id: '" + used
                            + "'}) RETURN 1 AS ok"))
                    .as("consistent hashing used in " + used)
                    .hasSize(1);
        }
        for (String mechanism : List.of("at-least-once-delivery", "deduplication", "idempotency")) {
            assertThat(query("MATCH (:Concept {id: '" + mechanism
                            + "'})-[:ENABLES|ACHIEVES]->(:Concept {id: 'exactly-once-delivery'}) RETURN 1 AS ok"))
                    .as(mechanism + " towards exactly-once")
                    .hasSize(1);
        }
        for (String[] pair : List.of(
                new String[] {"synchronous-communication", "asynchronous-communication"},
                new String[] {"event-log", "message-queue"},
                new String[] {"orchestration", "choreography"},
                new String[] {"read-heavy-workload", "write-heavy-workload"},
                new String[] {"layer-4-load-balancer", "layer-7-load-balancer"},
                new String[] {"liveness-property", "safety-property"},
                new String[] {"stateful", "stateless"},
                new String[] {"total-order", "partial-order"})) {
            assertThat(query("MATCH (:Concept {id: '" + pair[0] + "'})-[:CONTRASTS_WITH]-(:Concept {id: '" + pair[1]
                            + "'}) RETURN 1 AS ok"))
                    .as(pair[0] + " vs " + pair[1])
                    .hasSize(1);
        }
    }

    /** The per-topic table in graph-seed/README.md matches what the database holds. */
    @Test
    void countsPerTopicInTheSeedReadmeMatchTheGraph() throws IOException {
        String readme = Files.readString(Path.of("graph-seed/README.md"));
        Matcher row = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d+) \\| (\\d+) \\|", Pattern.MULTILINE)
                .matcher(readme);
        Map<String, String> documented = new TreeMap<>();
        while (row.find()) {
            documented.put(row.group(1), row.group(2) + "/" + row.group(3));
        }
        Map<String, String> counted = new TreeMap<>();
        query("""
                MATCH (t:Topic)
                RETURN t.id AS id,
                       COUNT { MATCH (c:Concept {origin: 'seed'})-[:IN_TOPIC]->(t) } AS concepts,
                       COUNT { MATCH (a:Concept)-[r]->(b:Concept) WHERE r.origin = 'seed'
                               AND (EXISTS { (a)-[:IN_TOPIC]->(t) } OR EXISTS { (b)-[:IN_TOPIC]->(t) }) } AS relations
                """)
                .forEach(r -> counted.put(
                        r.get("id").asString(),
                        r.get("concepts").asLong() + "/" + r.get("relations").asLong()));
        assertThat(documented).isEqualTo(counted);

        Matcher total = Pattern.compile("(\\d+) concepts and (\\d+) relations").matcher(readme);
        assertThat(total.find()).as("README states the totals").isTrue();
        Record totals = query("""
                RETURN COUNT { MATCH (c:Concept {origin: 'seed'}) } AS concepts,
                       COUNT { MATCH (:Concept)-[r]->(:Concept) WHERE r.origin = 'seed' } AS relations""").get(0);
        assertThat(total.group(1) + "/" + total.group(2))
                .isEqualTo(totals.get("concepts").asLong() + "/"
                        + totals.get("relations").asLong());
    }
}
