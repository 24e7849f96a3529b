package dev.dsgraph.curation;

import dev.dsgraph.support.Neo4jTestResource;
import dev.dsgraph.support.ProblemType;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With no API key configured, writes are refused (never open) and reads stay public. */
@QuarkusTest
@TestProfile(WritesDisabledTest.NoKeys.class)
@WithTestResource(Neo4jTestResource.class)
class WritesDisabledTest {

    /** The test profile without API keys. */
    public static class NoKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kg.auth.api-keys", "");
        }
    }

    @Test
    void shouldRefuseWritesWith403SayingHowToEnableThem() {
        given().header("Authorization", "Bearer test-key-1")
                .contentType("application/json")
                .body("{\"name\":\"T\",\"summary\":\"s\",\"topics\":[\"hashing\"]}")
                .put("/api/v1/concepts/test-disabled")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.FORBIDDEN.uri()))
                .body("title", equalTo(ProblemType.FORBIDDEN.title()))
                .body("parameter", equalTo("Authorization"))
                .body("detail", containsString("KG_AUTH_API_KEYS"));
        given().contentType("application/json")
                .body("{}")
                .post("/api/v1/import")
                .then()
                .statusCode(403);
        given().get("/api/v1/concepts/test-disabled").then().statusCode(404);
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200).body("id", equalTo("vector-clock"));
    }
}
