package dev.dsgraph.curation;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dsgraph.curation.Curl.auth;
import static dev.dsgraph.curation.Curl.concept;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Relation writes keep the graph sound: vocabulary, existing ends, no self-loops, no cycles in acyclic types. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class RelationWriteTest {

    @BeforeEach
    void concepts() {
        for (String id : List.of("test-a", "test-b", "test-c")) {
            auth().body(concept("Test " + id, "A test concept.", "hashing"))
                    .put("/api/v1/concepts/" + id)
                    .then()
                    .statusCode(201);
        }
    }

    @AfterEach
    void cleanUp() {
        Curl.deleteTestConcepts();
    }

    @Test
    void shouldCreateThenUpdateARelationAndShowItOnBothConcepts() {
        auth().body(Curl.relation("A needs B.", 0.7))
                .put("/api/v1/concepts/test-b/relations/PREREQUISITE_OF/test-a")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/concepts/test-b/relations/PREREQUISITE_OF/test-a"))
                .body("label", equalTo("prerequisite of"))
                .body("origin", equalTo("api"));
        auth().body(Curl.relation("A needs B, really.", 0.9))
                .put("/api/v1/concepts/test-b/relations/PREREQUISITE_OF/test-a")
                .then()
                .statusCode(200)
                .body("reason", equalTo("A needs B, really."))
                .body("weight", equalTo(0.9f));
        given().get("/api/v1/concepts/test-a")
                .then()
                .statusCode(200)
                .body("relations.find { it.type == 'PREREQUISITE_OF' }.label", equalTo("requires"))
                .body("relations.find { it.type == 'PREREQUISITE_OF' }.concepts[0].id", equalTo("test-b"));
        given().get("/api/v1/concepts/test-a/learning-path")
                .then()
                .statusCode(200)
                .body("order", equalTo(List.of("test-b")));
    }

    @Test
    void shouldStoreSymmetricRelationsOnceAndFindThemFromBothEnds() {
        long before = Curl.relationships();
        auth().body(Curl.relation("Opposites.", 0.6))
                .put("/api/v1/concepts/test-a/relations/CONTRASTS_WITH/test-b")
                .then()
                .statusCode(201);
        auth().body(Curl.relation("Opposites, updated.", 0.6))
                .put("/api/v1/concepts/test-b/relations/CONTRASTS_WITH/test-a")
                .then()
                .statusCode(200);
        assertThat(Curl.relationships()).isEqualTo(before + 1);
        given().get("/api/v1/concepts/test-b/relations/CONTRASTS_WITH/test-a")
                .then()
                .statusCode(200)
                .body("reason", equalTo("Opposites, updated."))
                .body("symmetric", equalTo(true))
                // answered as stored: from the end that created it, written through the API
                .body("from", equalTo("test-a"))
                .body("to", equalTo("test-b"))
                .body("origin", equalTo("api"));
        given().get("/api/v1/concepts/test-b")
                .then()
                .body("relations.find { it.type == 'CONTRASTS_WITH' }.direction", equalTo("both"));
        auth().delete("/api/v1/concepts/test-b/relations/CONTRASTS_WITH/test-a")
                .then()
                .statusCode(204);
        assertThat(Curl.relationships()).isEqualTo(before);
    }

    @Test
    void shouldRefuseACycleWith409NamingItAndLeaveTheGraphUnchanged() {
        auth().body(Curl.relation("a before b", 1))
                .put("/api/v1/concepts/test-a/relations/PREREQUISITE_OF/test-b")
                .then()
                .statusCode(201);
        auth().body(Curl.relation("b before c", 1))
                .put("/api/v1/concepts/test-b/relations/PREREQUISITE_OF/test-c")
                .then()
                .statusCode(201);
        long rels = Curl.relationships();
        String etag = given().get("/api/v1/concepts/test-c").then().extract().header("ETag");
        auth().body(Curl.relation("c before a", 1))
                .put("/api/v1/concepts/test-c/relations/PREREQUISITE_OF/test-a")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("cycle", equalTo(List.of("test-c", "test-a", "test-b", "test-c")));
        assertThat(Curl.relationships()).isEqualTo(rels);
        given().header("If-None-Match", etag)
                .get("/api/v1/concepts/test-c")
                .then()
                .statusCode(304);
        // a non-acyclic type may close the same loop
        auth().body(Curl.relation("c relates to a", 0.5))
                .put("/api/v1/concepts/test-c/relations/ENABLES/test-a")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseUnknownTypesMissingEndsAndSelfLoops() {
        long rels = Curl.relationships();
        auth().body(Curl.relation("r", 0.5))
                .put("/api/v1/concepts/test-a/relations/LIKES/test-b")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("parameter", equalTo("type"));
        auth().body(Curl.relation("r", 0.5))
                .put("/api/v1/concepts/test-a/relations/USED_IN/test-nope")
                .then()
                .statusCode(404)
                .body("parameter", equalTo("targetId"));
        auth().body(Curl.relation("r", 0.5))
                .put("/api/v1/concepts/test-nope/relations/USED_IN/test-a")
                .then()
                .statusCode(404)
                .body("parameter", equalTo("id"));
        auth().body(Curl.relation("r", 0.5))
                .put("/api/v1/concepts/test-a/relations/USED_IN/test-a")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("targetId"));
        auth().body(Curl.relation("r", 1.5))
                .put("/api/v1/concepts/test-a/relations/USED_IN/test-b")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("weight"));
        auth().body("{\"weight\":0.5}")
                .put("/api/v1/concepts/test-a/relations/USED_IN/test-b")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("reason"));
        auth().delete("/api/v1/concepts/test-a/relations/USED_IN/test-b").then().statusCode(404);
        assertThat(Curl.relationships()).isEqualTo(rels);
    }

    @Test
    void shouldShowNewRelationsInTheReadApis() {
        String etag = given().get("/api/v1/concepts/caching/related?limit=50")
                .then()
                .extract()
                .header("ETag");
        auth().body(Curl.relation("Test reason.", 1))
                .put("/api/v1/concepts/test-a/relations/USED_IN/caching")
                .then()
                .statusCode(201);
        given().header("If-None-Match", etag)
                .get("/api/v1/concepts/caching/related?limit=50")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("test-a"));
    }

    @Test
    void shouldAnswerOneSeedRelationAsTheSeedStatesItAndNameWhatIsMissing() {
        given().get("/api/v1/concepts/vector-clock/relations/IMPLEMENTS/conflict-detection")
                .then()
                .statusCode(200)
                .body("from", equalTo("vector-clock"))
                .body("to", equalTo("conflict-detection"))
                .body("label", equalTo("implements"))
                .body("weight", equalTo(0.85f))
                .body("reason", org.hamcrest.Matchers.startsWith("Comparing the vector timestamps of two writes"))
                .body("origin", equalTo("seed"));
        // the reverse direction of a directed type is another relation, which does not exist
        given().get("/api/v1/concepts/conflict-detection/relations/IMPLEMENTS/vector-clock")
                .then()
                .statusCode(404)
                .body("parameter", equalTo("type"));
        given().get("/api/v1/concepts/vector-clock/relations/IMPLEMENTS/no-such-concept")
                .then()
                .statusCode(404)
                .body("parameter", equalTo("targetId"));
        given().get("/api/v1/concepts/no-such-concept/relations/IMPLEMENTS/vector-clock")
                .then()
                .statusCode(404)
                .body("parameter", equalTo("id"));
    }
}
