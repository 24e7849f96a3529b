package dev.dsgraph.curation;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.dsgraph.curation.Curl.auth;
import static dev.dsgraph.curation.Curl.concept;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Write bodies are read strictly, every refusal is a problem that names the field, and a write that changes nothing commits nothing. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class StrictBodyTest {

    private static final String SEED = "/api/v1/concepts/vector-clock";

    @AfterEach
    void cleanUp() {
        Curl.deleteTestConcepts();
    }

    /** The graph revision, the last change record and the seed concept as stored: what a refused write must leave alone. */
    private static List<Object> graphState() {
        return List.of(
                Curl.count("MATCH (m:Meta {id: 'graph'}) RETURN m.revision"),
                Curl.count("MATCH (m:Meta {id: 'graph'}) RETURN coalesce(m.changeSeq, 0)"),
                Curl.count("MATCH (c:Concept) RETURN count(c)"),
                Curl.relationships(),
                given().get(SEED).then().statusCode(200).extract().asString());
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String parameter) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("parameter", equalTo(parameter))
                .body("detail", not(containsString("jackson")))
                .body("detail", not(containsString("com.")))
                .body("detail", not(containsString("Unrecognized")))
                .body("detail", not(containsString("Cannot deserialize")));
    }

    @Test
    void shouldRefuseUnknownFieldsNamingEveryOneAndWriteNothing() {
        auth().body(concept("Test strict", "First.", "hashing"))
                .put("/api/v1/concepts/test-strict")
                .then()
                .statusCode(201);
        List<Object> before = graphState();
        problem(
                        auth().body(
                                        "{\"name\":\"Test strict\",\"summary\":\"s\",\"topics\":[\"hashing\"],\"alias\":[\"x\"],\"tag\":[\"y\"]}")
                                .put("/api/v1/concepts/test-strict")
                                .then(),
                        422,
                        "alias")
                .body("errors.field", equalTo(List.of("alias", "tag")))
                .body("detail", containsString("alias, tag"));
        problem(
                auth().body(
                                "{\"name\":\"T\",\"summary\":\"s\",\"topics\":[\"hashing\"],\"figures\":[{\"name\":\"n\",\"value\":1,\"unit\":\"ms\",\"units\":\"s\"}]}")
                        .put("/api/v1/concepts/test-strict")
                        .then(),
                422,
                "figures[0].units");
        problem(
                auth().contentType("application/merge-patch+json")
                        .body("{\"colour\":\"x\"}")
                        .patch(SEED)
                        .then(),
                422,
                "colour");
        problem(
                auth().body("{\"reason\":\"r\",\"weight\":0.5,\"wieght\":1}")
                        .put("/api/v1/concepts/test-strict/relations/USED_IN/caching")
                        .then(),
                422,
                "wieght");
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void shouldRefuseWrongJsonTypesNamingTheField() {
        List<Object> before = graphState();
        problem(
                        auth().body("{\"name\":\"Test types\",\"summary\":\"s\",\"topics\":\"hashing\"}")
                                .put("/api/v1/concepts/test-types")
                                .then(),
                        422,
                        "topics")
                .body("detail", containsString("an array"));
        problem(
                auth().body("{\"name\":5,\"summary\":\"s\",\"topics\":[\"hashing\"]}")
                        .put("/api/v1/concepts/test-types")
                        .then(),
                422,
                "name");
        problem(
                auth().body(
                                "{\"name\":\"T\",\"summary\":\"s\",\"topics\":[\"hashing\"],\"figures\":[{\"name\":\"n\",\"value\":\"fast\",\"unit\":\"ms\"}]}")
                        .put("/api/v1/concepts/test-types")
                        .then(),
                422,
                "figures[0].value");
        problem(
                        auth().body("{\"reason\":\"r\",\"weight\":\"abc\"}")
                                .put("/api/v1/concepts/vector-clock/relations/USED_IN/caching")
                                .then(),
                        422,
                        "weight")
                .body("detail", containsString("a number"));
        problem(
                auth().body("{\"reason\":\"r\",\"weight\":\"0.5\"}")
                        .put("/api/v1/concepts/vector-clock/relations/USED_IN/caching")
                        .then(),
                422,
                "weight");
        problem(
                auth().contentType("application/merge-patch+json")
                        .body("{\"summary\":5}")
                        .patch(SEED)
                        .then(),
                422,
                "summary");
        problem(
                auth().contentType("application/merge-patch+json")
                        .body("{\"aliases\":\"vc\"}")
                        .patch(SEED)
                        .then(),
                422,
                "aliases");
        problem(auth().body("[1,2]").put("/api/v1/concepts/test-types").then(), 400, "body");
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void shouldAnswerMalformedJsonWith400WithoutParserInternals() {
        List<Object> before = graphState();
        problem(auth().body("{\"name\":").put("/api/v1/concepts/test-malformed").then(), 400, "body")
                .body("detail", containsString("not valid JSON"));
        problem(
                auth().body("{\"reason\":\"r\" \"weight\":1}")
                        .put("/api/v1/concepts/vector-clock/relations/USED_IN/caching")
                        .then(),
                400,
                "body");
        problem(
                auth().contentType("application/merge-patch+json")
                        .body("{summary:'x'}")
                        .patch(SEED)
                        .then(),
                400,
                "body");
        problem(auth().body("{\"concepts\":[").post("/api/v1/import").then(), 400, "body");
        problem(auth().put("/api/v1/concepts/test-malformed").then(), 400, "body");
        problem(
                auth().body("{\"name\":\"T\",\"summary\":\"s\",\"topics\":[\"hashing\"]} trailing")
                        .put("/api/v1/concepts/test-malformed")
                        .then(),
                400,
                "body");
        problem(
                auth().body("{\"name\":\"T\",\"name\":\"U\",\"summary\":\"s\",\"topics\":[\"hashing\"]}")
                        .put("/api/v1/concepts/test-malformed")
                        .then(),
                400,
                "body");
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void shouldAnswerANoOpPatchWithTheUnchangedSeedConcept() throws InterruptedException {
        // the previous test's clean-up wrote straight to Neo4j: the cache notices within the revision-check interval
        long revision = Curl.count("MATCH (m:Meta {id: 'graph'}) RETURN m.revision");
        for (int i = 0; i < 50 && !given().get(SEED).header("ETag").endsWith(".r" + revision + "\""); i++) {
            Thread.sleep(50);
        }
        var seed = given().get(SEED)
                .then()
                .statusCode(200)
                .body("origin", equalTo("seed"))
                .extract();
        int version = seed.path("version");
        String summary = seed.path("summary");
        List<Object> before = graphState();
        String etag = auth().contentType("application/merge-patch+json")
                .body(Map.of("summary", summary))
                .patch(SEED)
                .then()
                .statusCode(200)
                .body("version", equalTo(version))
                .body("origin", equalTo("seed"))
                .extract()
                .header("ETag");
        auth().contentType("application/merge-patch+json")
                .body("{}")
                .patch(SEED)
                .then()
                .statusCode(200)
                .body("version", equalTo(version))
                .body("origin", equalTo("seed"))
                .header("ETag", etag);
        assertThat(etag).isEqualTo(seed.header("ETag"));
        assertThat(graphState()).isEqualTo(before);
        given().get(SEED)
                .then()
                .statusCode(200)
                .body("version", equalTo(version))
                .body("origin", equalTo("seed"));
    }

    @Test
    void shouldAnswerANoOpPutOfAConceptOrRelationWithoutAWrite() {
        String body =
                "{\"name\":\"Test same\",\"summary\":\"Same.\",\"topics\":[\"hashing\"],\"aliases\":[\"t same\"]}";
        auth().body(body).put("/api/v1/concepts/test-same").then().statusCode(201);
        auth().body(Curl.relation("Same reason.", 0.5))
                .put("/api/v1/concepts/test-same/relations/USED_IN/caching")
                .then()
                .statusCode(201);
        String etag = given().get("/api/v1/concepts/test-same")
                .then()
                .statusCode(200)
                .body("version", equalTo(2)) // the relation bumped it
                .extract()
                .header("ETag");
        List<Object> before = graphState();
        auth().body(body)
                .put("/api/v1/concepts/test-same")
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .header("ETag", etag);
        auth().body(Curl.relation("Same reason.", 0.5))
                .put("/api/v1/concepts/test-same/relations/USED_IN/caching")
                .then()
                .statusCode(200)
                .body("reason", equalTo("Same reason."))
                .body("origin", equalTo("api"));
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void shouldNameIfNoneMatchWhenACreateOnlyPutMeetsAnExistingConcept() {
        List<Object> before = graphState();
        problem(
                        auth().header("If-None-Match", "*")
                                .body(concept("Vector clock", "s", "hashing"))
                                .put(SEED)
                                .then(),
                        412,
                        "If-None-Match")
                .body("detail", containsString("If-None-Match"));
        assertThat(graphState()).isEqualTo(before);
    }
}
