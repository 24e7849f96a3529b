package dev.dsgraph.cache;

import dev.dsgraph.embedded.EmbeddedNeo4j;
import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Neo4j stops under the service: what the cache holds keeps answering 200, a read that needs Neo4j and every write
 * get 503 problem+json with Retry-After within 2 s, and readiness says DOWN.
 */
@QuarkusTest
@TestProfile(OutageTest.Profile.class)
class OutageTest {

    /** A Neo4j of this test's own, which the test stops. */
    public static class StoppableNeo4j implements QuarkusTestResourceLifecycleManager {
        static EmbeddedNeo4j neo4j;
        static java.nio.file.Path home;

        @Override
        public Map<String, String> start() {
            try {
                home = Files.createTempDirectory("kg-outage-neo4j");
                neo4j = EmbeddedNeo4j.start(home, Neo4jTestResource.freePort(), "32m");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "kg.embedded.enabled",
                    "false",
                    "quarkus.neo4j.uri",
                    neo4j.boltUri(),
                    "quarkus.neo4j.authentication.disabled",
                    "true");
        }

        @Override
        public void stop() {
            if (neo4j != null) {
                neo4j.close();
                neo4j = null;
            }
            Neo4jTestResource.deleteTree(home);
        }
    }

    /** Its own Neo4j, and a cache budget of 10 concepts so that most concepts are not in memory. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppableNeo4j.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kg.cache.max-concepts", "10");
        }
    }

    @Test
    void shouldAnswerFromTheCacheAndFailFastForTheRest() {
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200);
        given().get("/api/v1/concepts/vector-clock/related?maxDepth=1").then().statusCode(200);
        given().get("/api/v1/search?q=vector clock").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        String relation = "/api/v1/concepts/vector-clock/relations/IMPLEMENTS/conflict-detection";
        String relationBefore =
                given().get(relation).then().statusCode(200).extract().asString();

        StoppableNeo4j.neo4j.close();
        StoppableNeo4j.neo4j = null;

        given().get("/api/v1/concepts/vector-clock").then().statusCode(200).body("id", equalTo("vector-clock"));
        given().get("/api/v1/search?q=vector clock")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("vector-clock"));
        given().get("/api/v1/topics").then().statusCode(200);
        // one relation, from the adjacency list of a concept the cache holds
        assertThat(given().get(relation).then().statusCode(200).extract().asString())
                .isEqualTo(relationBefore);
        given().get("/api/v1/concepts?size=5").then().statusCode(200);

        for (String path : List.of(
                "/api/v1/concepts/tail-latency",
                "/api/v1/concepts/idempotency/learning-path",
                "/api/v1/concepts/tail-latency/relations/PREREQUISITE_OF/request-fan-out",
                "/api/v1/paths?from=tail-latency&to=idempotency",
                "/api/v1/changes",
                "/api/v1/export")) {
            long started = System.nanoTime();
            Response r = given().get(path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(r.statusCode()).as(path).isEqualTo(503);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.header("Retry-After")).as(path).isNotNull();
            assertThat(millis).as(path + " answered in ms").isLessThan(2000);
        }
        long started = System.nanoTime();
        given().header("Authorization", "Bearer test-key-1")
                .contentType(ContentType.JSON)
                .body(
                        "{\"name\":\"Outage probe\",\"summary\":\"Written while Neo4j is down.\",\"topics\":[\"concepts\"]}")
                .put("/api/v1/concepts/test-outage-probe")
                .then()
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("write answered in ms")
                .isLessThan(2000);
        given().get("/q/health/ready").then().statusCode(503);
    }
}
