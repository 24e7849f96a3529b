package dev.dsgraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real responses of every operation in the committed spec, successes and errors, validated against that operation's
 * declared response schema (OpenAPI 3.1: JSON Schema 2020-12 with the OpenAPI vocabulary) with networknt's validator.
 */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ResponseContractTest {

    private static final String KEY = "Bearer test-key-1";
    private static final String CONCEPT =
            "{\"name\":\"Test contract\",\"aliases\":[\"test contract alias\"],\"summary\":\"A concept"
                    + " for the contract test.\",\"details\":\"More.\",\"topics\":[\"hashing\"],\"tags\":[\"hashing\"],\"examples\":[\"One.\"],"
                    + "\"figures\":[{\"name\":\"size\",\"value\":3,\"unit\":\"kB\"},{\"name\":\"noted\",\"value\":1.5,\"unit\":\"ms\",\"note\":\"n\"}]}";
    private static final String IMPORT =
            "{\"topics\":[{\"id\":\"test-contract-topic\",\"name\":\"Test contract topic\","
                    + "\"parent\":\"hashing\"}],\"concepts\":[{\"id\":\"test-contract-imported\",\"name\":\"Test contract imported\","
                    + "\"summary\":\"Imported.\",\"topics\":[\"hashing\"]}],\"relations\":[{\"from\":\"test-contract-imported\","
                    + "\"type\":\"USED_IN\",\"to\":\"caching\",\"reason\":\"For the contract test.\",\"weight\":0.5}]}";

    private final JsonNode spec;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private final List<String> failures = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();

    ResponseContractTest() throws Exception {
        spec = OpenApiContractTest.YAML.readTree(Files.readString(OpenApiContractTest.COMMITTED));
    }

    @AfterEach
    void cleanUp() {
        try (var driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none())) {
            driver.executableQuery("MATCH (c:Concept) WHERE c.id STARTS WITH 'test-' DETACH DELETE c")
                    .execute();
            driver.executableQuery("MATCH (t:Tombstone) WHERE t.key CONTAINS 'test-' DELETE t")
                    .execute();
            driver.executableQuery("MATCH (t:Topic) WHERE t.id STARTS WITH 'test-' DETACH DELETE t")
                    .execute();
            driver.executableQuery("MATCH (m:Meta {id: 'graph'}) SET m.revision = m.revision + 1")
                    .execute();
        }
    }

    @Test
    void everyOperationAnswersWhatTheCommittedSpecDeclares() {
        String c = "/api/v1/concepts/{id}";
        String rel = "/api/v1/concepts/{id}/relations/{type}/{targetId}";
        // reads: successes with every optional part present, and errors
        check("GET", "/api/v1/concepts", "/api/v1/concepts?size=100", null);
        check("GET", "/api/v1/concepts", "/api/v1/concepts?topic=hashing&page=1&size=5", null);
        check("GET", "/api/v1/concepts", "/api/v1/concepts?size=1000", null);
        check("GET", "/api/v1/concepts", "/api/v1/concepts?topic=no-such-topic", null);
        for (String id : List.of(
                "vector-clock", "consistent-hashing", "tail-latency", "idempotency", "no-such-concept", "Bad_Id")) {
            check("GET", c, "/api/v1/concepts/" + id, null);
        }
        for (String q : List.of("vector", "vectr clock", "version vector", "lamport", "hashing ring", "zzzzqqq", "")) {
            check("GET", "/api/v1/search", "/api/v1/search?limit=50&q=" + q, null);
        }
        check("GET", "/api/v1/search", "/api/v1/search?q=clock&limit=500", null);
        check(
                "GET",
                "/api/v1/concepts/{id}/related",
                "/api/v1/concepts/vector-clock/related?limit=50&maxDepth=3",
                null);
        check("GET", "/api/v1/concepts/{id}/related", "/api/v1/concepts/vector-clock/related?types=IS_A,PART_OF", null);
        check("GET", "/api/v1/concepts/{id}/related", "/api/v1/concepts/vector-clock/related?maxDepth=9", null);
        check("GET", "/api/v1/concepts/{id}/related", "/api/v1/concepts/nope/related", null);
        check("GET", "/api/v1/paths", "/api/v1/paths?from=vector-clock&to=partial-order&maxLength=6", null);
        check("GET", "/api/v1/paths", "/api/v1/paths?from=vector-clock&to=tail-latency", null);
        check("GET", "/api/v1/paths", "/api/v1/paths?from=vector-clock&to=nope", null);
        check("GET", "/api/v1/paths", "/api/v1/paths?from=vector-clock", null);
        check(
                "GET",
                "/api/v1/concepts/{id}/learning-path",
                "/api/v1/concepts/vector-clock/learning-path?known=partial-order",
                null);
        check("GET", "/api/v1/concepts/{id}/learning-path", "/api/v1/concepts/consistent-hashing/learning-path", null);
        check(
                "GET",
                "/api/v1/concepts/{id}/learning-path",
                "/api/v1/concepts/vector-clock/learning-path?known=nope",
                null);
        check("GET", "/api/v1/concepts/{id}/unlocks", "/api/v1/concepts/partial-order/unlocks", null);
        check("GET", "/api/v1/concepts/{id}/unlocks", "/api/v1/concepts/nope/unlocks", null);
        check("GET", "/api/v1/concepts/{id}/graph", "/api/v1/concepts/vector-clock/graph?depth=2", null);
        check(
                "GET",
                "/api/v1/concepts/{id}/graph",
                "/api/v1/concepts/vector-clock/graph?depth=3&format=cytoscape",
                null);
        check("GET", "/api/v1/concepts/{id}/graph", "/api/v1/concepts/vector-clock/graph?format=svg", null);
        check("GET", "/api/v1/topics", "/api/v1/topics", null);
        check("GET", "/api/v1/topics/{id}", "/api/v1/topics/hashing", null);
        check("GET", "/api/v1/topics/{id}", "/api/v1/topics/distributed-systems", null);
        check("GET", "/api/v1/topics/{id}", "/api/v1/topics/nope", null);
        check("GET", "/api/v1/relation-types", "/api/v1/relation-types", null);
        check("GET", "/api/v1/export", "/api/v1/export", null);
        check("GET", "/api/v1/study/flashcards", "/api/v1/study/flashcards?topic=hashing", null);
        check(
                "GET",
                "/api/v1/study/flashcards",
                "/api/v1/study/flashcards?concepts=vector-clock&withPrerequisites=true&kinds=definition,contrast",
                null);
        check("GET", "/api/v1/study/flashcards", "/api/v1/study/flashcards?topic=no-such-topic", null);
        check("GET", "/api/v1/study/quiz", "/api/v1/study/quiz?topic=hashing&count=5&seed=7", null);
        check("GET", "/api/v1/study/quiz", "/api/v1/study/quiz?count=500", null);
        check("GET", "/api/v1/study/plan", "/api/v1/study/plan?goal=vector-clock&sessionSize=3", null);
        check("GET", "/api/v1/study/plan", "/api/v1/study/plan?goal=nope", null);
        check("GET", rel, "/api/v1/concepts/vector-clock/relations/IMPLEMENTS/causality", null);
        check("GET", rel, "/api/v1/concepts/vector-clock/relations/IMPLEMENTS/tail-latency", null);

        // writes: created, replaced, unchanged, patched, related, imported, deleted, and their errors
        check("PUT", c, "/api/v1/concepts/test-contract", CONCEPT);
        check("PUT", c, "/api/v1/concepts/test-contract", CONCEPT);
        check("PUT", c, "/api/v1/concepts/test-contract", CONCEPT.replace("More.", "Even more."));
        check(
                "PUT",
                c,
                "/api/v1/concepts/test-contract",
                "{\"name\":\"x\",\"summary\":\"s\",\"topics\":[\"hashing\"],\"alias\":[]}");
        check("PUT", c, "/api/v1/concepts/test-contract", "{\"name\":");
        check(
                "PUT",
                c,
                "/api/v1/concepts/test-contract",
                "{\"name\":\"x\",\"summary\":\"\",\"topics\":[\"no-such-topic\"]}");
        check("PATCH", c, "/api/v1/concepts/test-contract", "{\"details\":null,\"figures\":null}");
        check("PATCH", c, "/api/v1/concepts/test-contract", "{\"tags\":5}");
        check("PATCH", c, "/api/v1/concepts/no-such-concept", "{\"summary\":\"s\"}");
        check(
                "PUT",
                rel,
                "/api/v1/concepts/test-contract/relations/USED_IN/caching",
                "{\"reason\":\"r\",\"weight\":0.5}");
        check(
                "PUT",
                rel,
                "/api/v1/concepts/test-contract/relations/USED_IN/caching",
                "{\"reason\":\"r2\",\"weight\":0.5}");
        check(
                "PUT",
                rel,
                "/api/v1/concepts/test-contract/relations/SIMILAR_TO/caching",
                "{\"reason\":\"r\",\"weight\":0.5}");
        check(
                "PUT",
                rel,
                "/api/v1/concepts/vector-clock/relations/PREREQUISITE_OF/partial-order",
                "{\"reason\":\"loop\",\"weight\":0.5}");
        check(
                "PUT",
                rel,
                "/api/v1/concepts/test-contract/relations/LIKES/caching",
                "{\"reason\":\"r\",\"weight\":0.5}");
        check("GET", c, "/api/v1/concepts/test-contract", null);
        check("GET", "/api/v1/changes", "/api/v1/changes?since=0&size=500", null);
        check("GET", "/api/v1/changes", "/api/v1/changes?since=-1", null);
        check("POST", "/api/v1/import", "/api/v1/import", IMPORT);
        check("POST", "/api/v1/import", "/api/v1/import", "{\"concepts\":[{\"id\":\"Bad\"}]}");
        check("POST", "/api/v1/import", "/api/v1/import", "[");
        check("GET", "/api/v1/topics/{id}", "/api/v1/topics/test-contract-topic", null); // no description
        check("GET", "/api/v1/topics", "/api/v1/topics", null);
        check("DELETE", rel, "/api/v1/concepts/test-contract/relations/USED_IN/caching", null);
        check("DELETE", rel, "/api/v1/concepts/test-contract/relations/USED_IN/caching", null);
        check("DELETE", c, "/api/v1/concepts/test-contract", null);
        check("DELETE", c, "/api/v1/concepts/test-contract", null);
        given().contentType("application/json")
                .body(CONCEPT)
                .put("/api/v1/concepts/test-contract")
                .then()
                .statusCode(401);
        checkResponse(
                "PUT", c, given().contentType("application/json").body(CONCEPT).put("/api/v1/concepts/test-contract"));
        checkResponse(
                "DELETE", c, given().header("Authorization", "Bearer wrong").delete("/api/v1/concepts/vector-clock"));
        checkResponse(
                "DELETE",
                c,
                given().header("Authorization", KEY)
                        .header("If-Match", "\"v999.r1\"")
                        .delete("/api/v1/concepts/vector-clock"));

        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "put", "post", "patch", "delete").contains(m)) {
                    operations.add(m.toUpperCase() + " " + path.getKey());
                }
            });
        }
        assertThat(failures).isEmpty();
        assertThat(covered).isEqualTo(operations);
    }

    private void check(String method, String specPath, String url, String body) {
        RequestSpecification request = given().header("Authorization", KEY).urlEncodingEnabled(true);
        if (body != null) {
            request = request.contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                    .body(body);
        }
        checkResponse(method, specPath, request.request(method, url));
    }

    private void checkResponse(String method, String specPath, Response response) {
        String where = method + " " + specPath + " -> " + response.statusCode();
        covered.add(method + " " + specPath);
        JsonNode operation = spec.path("paths").path(specPath).path(method.toLowerCase());
        JsonNode declared = operation.path("responses").path(String.valueOf(response.statusCode()));
        if (declared.isMissingNode()) {
            failures.add(where + ": status not declared (" + response.asString() + ")");
            return;
        }
        String body = response.asString();
        String contentType = response.contentType() == null
                ? ""
                : response.contentType().split(";")[0].trim();
        if (body.isEmpty()) {
            if (declared.has("content")) {
                failures.add(where + ": empty body, but the spec declares "
                        + declared.get("content").fieldNames().next());
            }
            return;
        }
        JsonNode media = declared.path("content").path(contentType);
        if (media.isMissingNode()) {
            failures.add(where + ": content type " + contentType + " not declared");
            return;
        }
        ObjectNode root = ((ObjectNode) media.get("schema")).deepCopy();
        root.set("components", spec.get("components"));
        Schema schema = schemas.getSchema(root);
        try {
            var errors = schema.validate(new ObjectMapper().readTree(body));
            errors.forEach(e -> failures.add(where + ": " + e));
        } catch (Exception e) {
            failures.add(where + ": body is not JSON: " + e.getMessage());
        }
    }
}
