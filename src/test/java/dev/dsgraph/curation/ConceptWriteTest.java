package dev.dsgraph.curation;

import dev.dsgraph.support.Neo4jTestResource;
import dev.dsgraph.support.ProblemType;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.dsgraph.curation.Curl.auth;
import static dev.dsgraph.curation.Curl.concept;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Concept writes over HTTP: every status, with problem bodies, and nothing changed by a refused write. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ConceptWriteTest {

    @AfterEach
    void cleanUp() {
        Curl.deleteTestConcepts();
    }

    @Test
    void shouldRefuseWritesWithoutAValidKey() {
        long before = Curl.nodes();
        given().contentType(ContentType.JSON)
                .body(concept("T", "s", "hashing"))
                .put("/api/v1/concepts/test-no-key")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", org.hamcrest.Matchers.equalTo(ProblemType.UNAUTHORIZED.uri()))
                .body("title", org.hamcrest.Matchers.equalTo(ProblemType.UNAUTHORIZED.title()));
        given().header("Authorization", "Bearer wrong")
                .contentType(ContentType.JSON)
                .body(concept("T", "s", "hashing"))
                .put("/api/v1/concepts/test-no-key")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo(ProblemType.FORBIDDEN.uri()))
                .body("title", org.hamcrest.Matchers.equalTo(ProblemType.FORBIDDEN.title()));
        given().header("Authorization", "Basic dGVzdDp0ZXN0")
                .delete("/api/v1/concepts/vector-clock")
                .then()
                .statusCode(401);
        assertThat(Curl.nodes()).isEqualTo(before);
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200);
    }

    @Test
    void shouldCreateThenReplaceAndChangeTheReadApisETag() {
        String searchEtag = given().get("/api/v1/search?q=bloom")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String etag = auth().body(
                        "{\"name\":\"Test bloom filter\",\"aliases\":[\"test bloom filters\"],\"summary\":\"A probabilistic set.\","
                                + "\"topics\":[\"hashing\"],\"tags\":[\"hashing\"],\"figures\":[{\"name\":\"false positive rate\",\"value\":1,\"unit\":\"%\"}]}")
                .put("/api/v1/concepts/test-bloom-filter")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/concepts/test-bloom-filter"))
                .header("ETag", notNullValue())
                .body("origin", equalTo("api"))
                .body("version", equalTo(1))
                .body("topics.id", hasItem("hashing"))
                .extract()
                .header("ETag");
        given().get("/api/v1/concepts/test-bloom-filter")
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("figures[0].unit", equalTo("%"));
        given().get("/api/v1/search?q=test bloom")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("test-bloom-filter"))
                .header("ETag", org.hamcrest.Matchers.not(searchEtag));

        String replaced = auth().header("If-Match", etag)
                .body(concept("Test bloom filter", "Replaced summary.", "hashing"))
                .put("/api/v1/concepts/test-bloom-filter")
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("summary", equalTo("Replaced summary."))
                .extract()
                .header("ETag");
        assertThat(replaced).isNotEqualTo(etag);
        given().header("If-None-Match", etag)
                .get("/api/v1/concepts/test-bloom-filter")
                .then()
                .statusCode(200)
                .header("ETag", replaced)
                .body("summary", equalTo("Replaced summary."));
    }

    @Test
    void shouldAnswer412ForAStaleIfMatchAndChangeNothing() {
        String etag = auth().body(concept("Test stale", "First.", "hashing"))
                .put("/api/v1/concepts/test-stale")
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        auth().header("If-Match", etag)
                .body(concept("Test stale", "Second.", "hashing"))
                .put("/api/v1/concepts/test-stale")
                .then()
                .statusCode(200);
        auth().header("If-Match", etag)
                .body(concept("Test stale", "Lost update.", "hashing"))
                .put("/api/v1/concepts/test-stale")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("parameter", equalTo("If-Match"));
        auth().header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"summary\":\"Lost.\"}")
                .patch("/api/v1/concepts/test-stale")
                .then()
                .statusCode(412);
        auth().header("If-Match", etag)
                .delete("/api/v1/concepts/test-stale")
                .then()
                .statusCode(412);
        auth().header("If-None-Match", "*")
                .body(concept("Test stale", "Create only.", "hashing"))
                .put("/api/v1/concepts/test-stale")
                .then()
                .statusCode(412);
        given().get("/api/v1/concepts/test-stale").then().statusCode(200).body("summary", equalTo("Second."));
    }

    @Test
    void shouldApplyAJsonMergePatch() {
        auth().body(
                        "{\"name\":\"Test patch\",\"summary\":\"Before.\",\"details\":\"Some details.\",\"topics\":[\"hashing\"],\"tags\":[\"a\"]}")
                .put("/api/v1/concepts/test-patch")
                .then()
                .statusCode(201);
        String etag =
                given().get("/api/v1/concepts/test-patch").then().extract().header("ETag");
        auth().header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"summary\":\"After.\",\"details\":null,\"tags\":[\"b\",\"c\"]}")
                .patch("/api/v1/concepts/test-patch")
                .then()
                .statusCode(200)
                .body("summary", equalTo("After."))
                .body("details", equalTo(""))
                .body("tags", equalTo(java.util.List.of("b", "c")))
                .body("name", equalTo("Test patch"));
        auth().contentType("application/merge-patch+json")
                .body("{\"name\":null}")
                .patch("/api/v1/concepts/test-patch")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("parameter", equalTo("name"));
        auth().contentType("application/merge-patch+json")
                .body("{\"summary\":\"x\"}")
                .patch("/api/v1/concepts/test-none")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldValidateFieldsNamingTheField() {
        long before = Curl.nodes();
        auth().body("{\"summary\":\"No name.\",\"topics\":[\"hashing\"]}")
                .put("/api/v1/concepts/test-invalid")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("parameter", equalTo("name"));
        auth().body("{\"name\":\"" + "x".repeat(121) + "\",\"summary\":\"s\",\"topics\":[\"hashing\"]}")
                .put("/api/v1/concepts/test-invalid")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("name"));
        auth().body(concept("Test", "s", "no-such-topic"))
                .put("/api/v1/concepts/test-invalid")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("topics"));
        auth().body("{\"name\":\"T\",\"summary\":\"s\",\"topics\":[]}")
                .put("/api/v1/concepts/test-invalid")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("topics"));
        auth().body("{\"id\":\"other\",\"name\":\"T\",\"summary\":\"s\",\"topics\":[\"hashing\"]}")
                .put("/api/v1/concepts/test-invalid")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("id"));
        auth().body("{\"name\":\"T\",")
                .put("/api/v1/concepts/test-invalid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        auth().body("{\"name\":42,\"summary\":[],\"topics\":\"hashing\"}")
                .put("/api/v1/concepts/test-invalid")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("parameter", equalTo("name"));
        auth().body(concept("T", "s", "hashing"))
                .put("/api/v1/concepts/Not_An_Id")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("id"));
        auth().body("{\"name\":\"T\",\"summary\":\"" + "y".repeat(70_000) + "\",\"topics\":[\"hashing\"]}")
                .put("/api/v1/concepts/test-big")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        assertThat(Curl.nodes()).isEqualTo(before);
    }

    @Test
    void shouldDeleteAConceptWithItsRelations() {
        auth().body(concept("Test delete", "Goes away.", "hashing"))
                .put("/api/v1/concepts/test-delete")
                .then()
                .statusCode(201);
        auth().body(Curl.relation("Test relation.", 0.5))
                .put("/api/v1/concepts/test-delete/relations/USED_IN/caching")
                .then()
                .statusCode(201);
        long rels = Curl.relationships();
        auth().delete("/api/v1/concepts/test-delete").then().statusCode(204);
        given().get("/api/v1/concepts/test-delete").then().statusCode(404);
        assertThat(Curl.relationships()).isEqualTo(rels - 1);
        given().get("/api/v1/concepts/caching")
                .then()
                .statusCode(200)
                .body("relations.flatten().concepts.flatten().id", org.hamcrest.Matchers.not(hasItem("test-delete")));
        auth().delete("/api/v1/concepts/test-delete").then().statusCode(404).contentType("application/problem+json");
    }
}
