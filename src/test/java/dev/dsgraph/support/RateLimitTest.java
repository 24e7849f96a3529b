package dev.dsgraph.support;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A client over its limit gets 429 problem details with Retry-After; each class of operation and each client has its own bucket. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
@WithTestResource(Neo4jTestResource.class)
class RateLimitTest {

    /** Tiny limits per hour, so that nothing refills while the test runs. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kg.rate-limit.enabled",
                    "true",
                    "kg.rate-limit.reads",
                    "5",
                    "kg.rate-limit.search",
                    "3",
                    "kg.rate-limit.writes",
                    "2",
                    "kg.rate-limit.window",
                    "1h");
        }
    }

    @Test
    void shouldRefuseAClientOverItsReadLimitWith429AndRetryAfter() {
        for (int i = 1; i <= 5; i++) {
            given().get("/api/v1/topics")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(5 - i))
                    .header("Retry-After", nullValue());
        }
        ExtractableResponse<Response> refused = given().get("/api/v1/relation-types")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("https://dsgraph.dev/problems/too-many-requests"))
                .header("RateLimit-Remaining", "0")
                .extract();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(Long.parseLong(refused.header("RateLimit-Reset"))).isBetween(1L, 3600L);
        // a made-up key is no new client: it is still this address
        given().header("Authorization", "Bearer made-up-" + System.nanoTime())
                .get("/api/v1/topics")
                .then()
                .statusCode(429);
        // health, metrics and the spec are never limited
        for (int i = 0; i < 10; i++) {
            given().get("/q/health/live").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
        given().get("/q/openapi").then().statusCode(200);

        // search has a bucket of its own
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/search?q=clock").then().statusCode(200).header("RateLimit-Limit", "3");
        }
        given().get("/api/v1/search?q=clock")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldCountWritesPerApiKey() {
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer test-key-1")
                    .contentType(ContentType.JSON)
                    .body("{\"name\":\"Test limited\",\"summary\":\"s\",\"topics\":[\"hashing\"]}")
                    .put("/api/v1/concepts/test-limited")
                    .then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                    .header("RateLimit-Limit", "2");
        }
        given().header("Authorization", "Bearer test-key-1")
                .delete("/api/v1/concepts/test-limited")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
        // another key is another client
        given().header("Authorization", "Bearer test-key-2")
                .delete("/api/v1/concepts/test-limited")
                .then()
                .statusCode(204);
    }
}
