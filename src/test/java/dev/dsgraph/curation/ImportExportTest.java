package dev.dsgraph.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.embedded.EmbeddedNeo4j;
import dev.dsgraph.support.GraphRevision;
import dev.dsgraph.support.GraphSchema;
import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.nio.file.Files;
import java.util.Map;

import static dev.dsgraph.curation.Curl.auth;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bulk import (validated, all or nothing, idempotent) and export in the graph-seed format. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ImportExportTest {

    static final String DOC = """
            {"concepts":[
              {"id":"test-import-bloom","name":"Test import bloom","aliases":["test bloom"],"summary":"Imported.","topics":["hashing"]},
              {"id":"test-import-cuckoo","name":"Test import cuckoo","summary":"Imported too.","topics":["hashing"]}],
             "relations":[
              {"from":"test-import-bloom","type":"USED_IN","to":"caching","reason":"Imported reason.","weight":0.8},
              {"from":"test-import-bloom","type":"CONTRASTS_WITH","to":"test-import-cuckoo","reason":"Two filters.","weight":0.6},
              {"from":"hash-function","type":"PREREQUISITE_OF","to":"test-import-bloom","reason":"Hashes first.","weight":0.9}]}""";

    @AfterEach
    void cleanUp() {
        Curl.deleteTestConcepts();
    }

    @Test
    void shouldImportAllThenNothingTheSecondTime() {
        long concepts = Curl.nodes();
        long relations = Curl.relationships();
        auth().body(DOC)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("conceptsCreated", equalTo(2))
                .body("relationsCreated", equalTo(3))
                .body("conceptsUpdated", equalTo(0));
        assertThat(Curl.nodes()).isEqualTo(concepts + 2);
        assertThat(Curl.relationships()).isEqualTo(relations + 3);
        auth().body(DOC)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("conceptsCreated", equalTo(0))
                .body("conceptsUpdated", equalTo(0))
                .body("relationsCreated", equalTo(0))
                .body("relationsUpdated", equalTo(0))
                .body("unchanged", equalTo(5));
        assertThat(Curl.nodes()).isEqualTo(concepts + 2);
        given().get("/api/v1/concepts/test-import-bloom").then().statusCode(200).body("origin", equalTo("api"));
    }

    @Test
    void shouldRejectAnInvalidImportWholeAndChangeNothing() {
        long concepts = Curl.nodes();
        long relations = Curl.relationships();
        String bad = DOC.replace("\"to\":\"caching\"", "\"to\":\"no-such-concept\"")
                .replace(
                        "]}",
                        ",{\"from\":\"vector-clock\",\"type\":\"PREREQUISITE_OF\",\"to\":\"partial-order\",\"reason\":\"loop\",\"weight\":1}]}");
        auth().body(bad)
                .post("/api/v1/import")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("no-such-concept")))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("cycle")));
        auth().body("{\"concepts\":[{\"id\":\"Bad Id\"}]}")
                .post("/api/v1/import")
                .then()
                .statusCode(422);
        auth().body("[1,2,3]").post("/api/v1/import").then().statusCode(400);
        auth().body("{not json").post("/api/v1/import").then().statusCode(400);
        assertThat(Curl.nodes()).isEqualTo(concepts);
        assertThat(Curl.relationships()).isEqualTo(relations);
    }

    @Test
    void shouldReplayARetryWithTheSameIdempotencyKeyWithoutASecondEffect() {
        String key = "test-key-" + System.nanoTime();
        String first = auth().header("Idempotency-Key", key)
                .body(DOC)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("conceptsCreated", equalTo(2))
                .extract()
                .asString();
        long revision = Curl.count("MATCH (m:Meta {id: 'graph'}) RETURN m.revision");
        long changes = Curl.count("MATCH (c:Change) RETURN count(c)");
        String retry = auth().header("Idempotency-Key", key)
                .body(DOC)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .extract()
                .asString();
        assertThat(retry).isEqualTo(first);
        assertThat(Curl.count("MATCH (m:Meta {id: 'graph'}) RETURN m.revision")).isEqualTo(revision);
        assertThat(Curl.count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);
        auth().header("Idempotency-Key", key)
                .body(DOC.replace("Imported.", "Different."))
                .post("/api/v1/import")
                .then()
                .statusCode(422)
                .body("parameter", equalTo("Idempotency-Key"));
    }

    @Test
    void shouldRefuseAnImportOverTheSizeLimit() {
        String huge = "{\"concepts\":[],\"relations\":[],\"pad\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}";
        auth().body(huge).post("/api/v1/import").then().statusCode(413).contentType("application/problem+json");
    }

    /** Export, import into an empty database, export again: the same document. */
    @Test
    void exportImportExportRoundTripIsIdentical() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode exported = json.readTree(
                given().get("/api/v1/export").then().statusCode(200).extract().asString());
        assertThat(exported.get("concepts").size()).isGreaterThan(100);
        java.nio.file.Path home = Files.createTempDirectory("kg-roundtrip");
        try (var fresh = EmbeddedNeo4j.start(home, Neo4jTestResource.freePort(), "32m");
                var driver = GraphDatabase.driver(fresh.boltUri(), AuthTokens.none())) {
            GraphSchema.apply(driver);
            try (var session = driver.session()) {
                var report =
                        session.executeWrite(tx -> GraphExchange.importDocument(tx, exported, GraphRevision.bump(tx)));
                assertThat(report.conceptsCreated())
                        .isEqualTo(exported.get("concepts").size());
                assertThat(report.relationsCreated())
                        .isEqualTo(exported.get("relations").size());
            }
            try (var session = driver.session()) {
                Map<String, Object> again = session.executeRead(GraphExchange::export);
                JsonNode againTree = json.valueToTree(again);
                assertThat(againTree).isEqualTo(exported);
            }
        } finally {
            Neo4jTestResource.deleteTree(home);
        }
    }
}
