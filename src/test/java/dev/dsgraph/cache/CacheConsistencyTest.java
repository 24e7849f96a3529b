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
}
