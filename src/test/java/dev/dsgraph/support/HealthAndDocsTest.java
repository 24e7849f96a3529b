package dev.dsgraph.support;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Health, metrics, OpenAPI and Swagger UI are served. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class HealthAndDocsTest {

    @Test
    void shouldReportReadyWithNeo4jUp() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Neo4j connection health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'graph-cache' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'graph-cache' }.data.concepts", org.hamcrest.Matchers.greaterThan(100));
    }

    @Test
    void shouldReportLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldServePrometheusMetricsWithHttpTimings() {
        given().get("/api/v1/relation-types").then().statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/relation-types\""));
    }

    @Test
    void shouldServeOpenApiAndSwaggerUi() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("Distributed-systems knowledge graph API"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
