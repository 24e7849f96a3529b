package dev.dsgraph.cache;

import dev.dsgraph.support.ChangeLog;
import dev.dsgraph.support.GraphRevision;
import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The cache follows writes: this replica's own before the write's response is sent, another replica's (a write
 * straight into Neo4j with its change record) within the revision check interval; either way only the concepts the
 * write touched are reloaded.
 */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class CacheConsistencyTest {

    @Inject
    GraphCache cache;

    @Inject
    GraphStore store;

    private static RequestSpecification auth() {
        return given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON);
    }

    @Test
    void shouldShowAWriteInTheNextReadAndKeepUnrelatedConceptsCached() {
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200);
        given().get("/api/v1/concepts/tail-latency").then().statusCode(200);
        ConceptNode unrelated = cache.cached("tail-latency");
        ConceptNode before = cache.cached("vector-clock");
        assertThat(unrelated).isNotNull();
        try {
            auth().body(
                            "{\"name\":\"Cache probe\",\"summary\":\"A concept the cache test writes.\",\"topics\":[\"concepts\"]}")
                    .put("/api/v1/concepts/test-cache-probe")
                    .then()
                    .statusCode(201);
            auth().body(Map.of("reason", "The probe is a kind of vector clock.", "weight", 0.9))
                    .put("/api/v1/concepts/test-cache-probe/relations/IS_A/vector-clock")
                    .then()
                    .statusCode(201);

            // the very next reads on this replica see the write
            given().get("/api/v1/concepts/vector-clock")
                    .then()
                    .statusCode(200)
                    .body(
                            "relations.find { it.type == 'IS_A' && it.direction == 'incoming' }.concepts.id",
                            hasItem("test-cache-probe"));
            given().get("/api/v1/concepts/vector-clock/related?limit=50")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem("test-cache-probe"));
            given().get("/api/v1/search?q=cache probe")
                    .then()
                    .statusCode(200)
                    .body("items[0].id", equalTo("test-cache-probe"));
            assertThat(cache.cached("vector-clock")).isNotSameAs(before);
            assertThat(cache.cached("tail-latency")).isSameAs(unrelated);

            // another replica's write, straight into Neo4j with its change record
            try (var driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none());
                    var session = driver.session()) {
                session.executeWrite(tx -> {
                    long rev = GraphRevision.bump(tx);
                    tx.run("MATCH (c:Concept {id: 'test-cache-probe'}) SET c.summary = 'Changed by another replica.',"
                                    + " c.version = c.version + 1")
                            .consume();
                    ChangeLog.append(tx, rev, "api", List.of(ChangeLog.concept("updated", "test-cache-probe")));
                    return rev;
                });
            }
            long deadline = System.currentTimeMillis() + 5000;
            String summary;
            do {
                summary = given().get("/api/v1/concepts/test-cache-probe")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("summary");
            } while (!summary.equals("Changed by another replica.") && System.currentTimeMillis() < deadline);
            assertThat(summary).isEqualTo("Changed by another replica.");
            assertThat(cache.cached("tail-latency")).isSameAs(unrelated);
        } finally {
            auth().delete("/api/v1/concepts/test-cache-probe");
        }
        given().get("/api/v1/concepts/test-cache-probe").then().statusCode(404);
        given().get("/api/v1/concepts/vector-clock/related?limit=50")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem("test-cache-probe")));
    }

    /**
     * Each write through the API is applied from what it read in its own transaction (not from the change feed), and
     * leaves every cached record and adjacency list exactly as a fresh fill from Neo4j would give them: concept
     * created and updated, a relation created, a symmetric one created and updated from its other end, a relation
     * deleted, a concept deleted with its relations.
     */
    @Test
    void shouldApplyEachWriteFromItsOwnTransactionAsAFreshFillWouldSeeIt() {
        long fromWrites = (Long) cache.stats().get("appliedFromWrites");
        List<Runnable> writes = List.of(
                () -> auth().body("{\"name\":\"Apply probe A\",\"summary\":\"First probe.\",\"topics\":[\"concepts\"]}")
                        .put("/api/v1/concepts/test-apply-a")
                        .then()
                        .statusCode(201),
                () -> auth().body("{\"name\":\"Apply probe B\",\"summary\":\"Second probe.\",\"topics\":[\"concepts\"],"
                                + "\"aliases\":[\"probe bee\"]}")
                        .put("/api/v1/concepts/test-apply-b")
                        .then()
                        .statusCode(201),
                () -> auth().body(Map.of("reason", "A probe is a kind of vector clock.", "weight", 0.9))
                        .put("/api/v1/concepts/test-apply-a/relations/IS_A/vector-clock")
                        .then()
                        .statusCode(201),
                () -> auth().body(Map.of("reason", "The probes go together.", "weight", 0.4))
                        .put("/api/v1/concepts/test-apply-b/relations/RELATED_TO/test-apply-a")
                        .then()
                        .statusCode(201),
                () -> auth().body(Map.of("reason", "The probes still go together.", "weight", 0.6))
                        .put("/api/v1/concepts/test-apply-a/relations/RELATED_TO/test-apply-b")
                        .then()
                        .statusCode(200)
                        .body("from", equalTo("test-apply-b")),
                () -> auth().body("{\"name\":\"Apply probe A\",\"summary\":\"First probe, renamed.\","
                                + "\"topics\":[\"concepts\"],\"aliases\":[\"probe ay\"],\"details\":\"More words.\"}")
                        .put("/api/v1/concepts/test-apply-a")
                        .then()
                        .statusCode(200),
                () -> auth().delete("/api/v1/concepts/test-apply-a/relations/IS_A/vector-clock")
                        .then()
                        .statusCode(204),
                () -> auth().delete("/api/v1/concepts/test-apply-b").then().statusCode(204));
        try {
            for (int i = 0; i < writes.size(); i++) {
                writes.get(i).run();
                assertSameAsFreshFill("after write " + (i + 1));
            }
        } finally {
            auth().delete("/api/v1/concepts/test-apply-b");
            auth().delete("/api/v1/concepts/test-apply-a");
        }
        // the background check may apply a write from the feed first when it runs between commit and response
        assertThat((Long) cache.stats().get("appliedFromWrites") - fromWrites)
                .isGreaterThanOrEqualTo(writes.size() / 2);
    }

    private void assertSameAsFreshFill(String when) {
        GraphStore.Snapshot fresh =
                store.loadAll(Integer.MAX_VALUE, () -> (info, text) -> {}).value();
        Map<String, ConceptInfo> cachedInfos = cache.read(view -> {
                    Map<String, ConceptInfo> m = new java.util.HashMap<>();
                    view.concepts().forEach(c -> m.put(c.id(), c));
                    return m;
                })
                .value();
        Map<String, ConceptInfo> freshInfos = new java.util.HashMap<>();
        fresh.concepts().forEach(c -> freshInfos.put(c.id(), c));
        assertThat(cachedInfos).as(when).isEqualTo(freshInfos);
        for (ConceptNode n : fresh.nodes()) {
            ConceptNode held = cache.cached(n.id());
            assertThat(held).as(when + ": " + n.id()).isNotNull();
            assertThat(describe(held)).as(when).isEqualTo(describe(n));
        }
        assertThat(cache.cached("test-apply-b") == null).isEqualTo(!freshInfos.containsKey("test-apply-b"));
    }

    private static String describe(ConceptNode n) {
        return n.id() + "|" + n.details() + "|" + n.examples() + "|" + n.figures() + "|" + n.origin() + "|v"
                + n.version() + "|d" + n.degree() + "|" + java.util.Arrays.toString(n.relations()) + "|"
                + java.util.Arrays.toString(n.byType());
    }
}
