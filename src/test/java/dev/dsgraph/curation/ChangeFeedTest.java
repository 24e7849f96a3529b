package dev.dsgraph.curation;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dsgraph.curation.Curl.auth;
import static dev.dsgraph.curation.Curl.concept;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every write appends to the change feed, deletions included, in order. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ChangeFeedTest {

    @AfterEach
    void cleanUp() {
        Curl.deleteTestConcepts();
    }

    @Test
    void shouldListChangesSinceARevisionInOrder() {
        long since = given().get("/api/v1/changes?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("revision");
        auth().body(concept("Test feed", "One.", "latency"))
                .put("/api/v1/concepts/test-feed")
                .then()
                .statusCode(201);
        auth().contentType("application/merge-patch+json")
                .body("{\"summary\":\"Two.\"}")
                .patch("/api/v1/concepts/test-feed")
                .then()
                .statusCode(200);
        auth().body(Curl.relation("Feed link.", 0.5))
                .put("/api/v1/concepts/test-feed/relations/USED_IN/caching")
                .then()
                .statusCode(201);
        auth().delete("/api/v1/concepts/test-feed").then().statusCode(204);

        JsonPath feed = given().get("/api/v1/changes?since=" + since)
                .then()
                .statusCode(200)
                .body("since", equalTo((int) since))
                .extract()
                .jsonPath();
        List<String> ops = feed.getList("items.collect { it.op + ' ' + it.entity + ' ' + it.id }", String.class);
        assertThat(ops)
                .containsExactly(
                        "created concept test-feed",
                        "updated concept test-feed",
                        "created relation test-feed|USED_IN|caching",
                        "deleted concept test-feed",
                        "deleted relation test-feed|USED_IN|caching");
        List<Long> seqs = feed.getList("items.seq", Long.class);
        assertThat(seqs).isSorted();
        long revision = feed.getLong("revision");
        given().get("/api/v1/changes?since=" + revision).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/changes?since=" + since + "&size=2&page=2")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("test-feed|USED_IN|caching"));
        given().get("/api/v1/changes?since=-1").then().statusCode(400).body("parameter", equalTo("since"));
    }
}
