package dev.dsgraph.topic;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The sheet's sections as a hierarchy. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class TopicResourceTest {

    @Test
    void shouldServeTheHierarchyFromOneRoot() {
        given().get("/api/v1/topics")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo("distributed-systems"))
                .body("items[0].children.id", hasItem("hashing"))
                .body("items[0].children.id", hasItem("latency"))
                .body("items[0].conceptCount", greaterThan(100))
                .body("items[0].children.find { it.id == 'hashing' }.children.id", hasItem("consistent-hashing"));
    }

    @Test
    void shouldServeOneTopicWithAncestorsChildrenAndConcepts() {
        given().get("/api/v1/topics/consistent-hashing")
                .then()
                .statusCode(200)
                .body("ancestors.id", equalTo(java.util.List.of("distributed-systems", "hashing")))
                .body("concepts.id", hasItem("consistent-hashing"));
        given().get("/api/v1/topics/hashing").then().statusCode(200).body("children.id", hasItem("geohashing"));
    }

    @Test
    void shouldReturn404ForUnknownTopic() {
        given().get("/api/v1/topics/no-such-topic")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", equalTo("id"));
    }
}
