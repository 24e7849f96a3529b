package dev.dsgraph.curation;

import dev.dsgraph.support.Neo4jTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Helpers for the curation tests: authenticated requests and counts read straight from Neo4j. */
final class Curl {

    static final String KEY = "test-key-1";

    private Curl() {}

    static RequestSpecification auth() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    static String concept(String name, String summary, String topic) {
        return "{\"name\":\"" + name + "\",\"summary\":\"" + summary + "\",\"topics\":[\"" + topic + "\"]}";
    }

    static long count(String cypher) {
        try (var driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none())) {
            return driver.executableQuery(cypher)
                    .execute()
                    .records()
                    .get(0)
                    .get(0)
                    .asLong();
        }
    }

    static long nodes() {
        return count("MATCH (n:Concept) RETURN count(n)");
    }

    static long relationships() {
        return count("MATCH (:Concept)-[r]->(:Concept) RETURN count(r)");
    }

    static void deleteTestConcepts() {
        try (var driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none())) {
            driver.executableQuery("MATCH (c:Concept) WHERE c.id STARTS WITH 'test-' DETACH DELETE c")
                    .execute();
            driver.executableQuery("MATCH (m:Meta {id: 'graph'}) SET m.revision = m.revision + 1")
                    .execute();
        }
    }

    static Map<String, Object> relation(String reason, double weight) {
        return Map.of("reason", reason, "weight", weight);
    }
}
