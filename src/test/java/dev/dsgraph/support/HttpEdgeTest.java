package dev.dsgraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Errors the HTTP layer gives before any resource runs are problem details too; Accept: application/problem+json is served. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class HttpEdgeTest {

    private static final String KEY = "Bearer test-key-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @TestHTTPResource("/")
    URI base;

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("type").asText()).startsWith("https://dsgraph.dev/problems/");
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        return body;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerA9000CharacterUrlWith414ProblemDetails() throws Exception {
        String url = base.resolve("/api/v1/search?q=" + "a".repeat(9000)).toString();
        assertThat(url.length()).isGreaterThan(9000);
        JsonNode body = problem(send(HttpRequest.newBuilder(URI.create(url)).GET()), 414);
        assertThat(body.path("instance").asText().length()).isLessThan(100);
    }

    @Test
    void shouldAnswerOversizedHeadersWith431ProblemDetails() throws Exception {
        problem(
                send(HttpRequest.newBuilder(base.resolve("/api/v1/topics"))
                        .header("X-Padding", "p".repeat(25_000))
                        .GET()),
                431);
    }

    @Test
    void shouldAnswerOversizedBodiesWith413ProblemDetailsWithOrWithoutALength() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        problem(
                send(HttpRequest.newBuilder(base.resolve("/api/v1/concepts/test-big"))
                        .header("Authorization", KEY)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(big))),
                413);
        // no length known up front: sent chunked
        problem(
                send(HttpRequest.newBuilder(base.resolve("/api/v1/concepts/test-big"))
                        .header("Authorization", KEY)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())))),
                413);
        given().get("/api/v1/concepts/test-big").then().statusCode(404);
    }

    @Test
    void shouldTakeWriteBodiesOverHttp2AndCheckTheirDeclaredLength() throws Exception {
        HttpClient h2 =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(); // h2c upgrade
        String body = "{\"name\":\"Test h2\",\"summary\":\"s\",\"topics\":[\"hashing\"]}";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = h2.send(
                    HttpRequest.newBuilder(base.resolve("/api/v1/concepts/test-h2"))
                            .header("Authorization", KEY)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isIn(200, 201);
        }
        problem(
                h2.send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/concepts/test-h2"))
                                .header("Authorization", KEY)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("x".repeat(70_000)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                413);
        given().header("Authorization", KEY)
                .delete("/api/v1/concepts/test-h2")
                .then()
                .statusCode(204);
    }

    @Test
    void shouldAnswerWrongMethodMediaTypeAndAcceptWithProblemDetails() throws Exception {
        catalogued(
                problem(
                        send(HttpRequest.newBuilder(base.resolve("/api/v1/topics"))
                                .header("Authorization", KEY)
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))),
                        405),
                ProblemType.METHOD_NOT_ALLOWED);
        catalogued(
                problem(
                        send(HttpRequest.newBuilder(base.resolve("/api/v1/topics"))
                                .header("Accept", "text/html")
                                .GET()),
                        406),
                ProblemType.NOT_ACCEPTABLE);
        catalogued(
                problem(
                        send(HttpRequest.newBuilder(base.resolve("/api/v1/concepts/test-media"))
                                .header("Authorization", KEY)
                                .header("Content-Type", "text/plain")
                                .PUT(HttpRequest.BodyPublishers.ofString("name=x"))),
                        415),
                ProblemType.UNSUPPORTED_MEDIA_TYPE);
        catalogued(
                problem(
                        send(HttpRequest.newBuilder(base.resolve("/api/v1/no-such-resource"))
                                .GET()),
                        404),
                ProblemType.NOT_FOUND);
    }

    /** The problem carries the type and title the catalog (and so the spec) gives its kind. */
    private static void catalogued(JsonNode problem, ProblemType kind) {
        assertThat(problem.path("type").asText()).isEqualTo(kind.uri());
        assertThat(problem.path("title").asText()).isEqualTo(kind.title());
    }

    @Test
    void shouldServeClientsThatAcceptOnlyProblemJson() {
        given().accept("application/problem+json")
                .get("/api/v1/concepts/vector-clock")
                .then()
                .statusCode(200)
                .contentType("application/json");
        given().header("Authorization", KEY)
                .contentType(ContentType.JSON)
                .accept("application/problem+json")
                .body("{\"name\":\"Test accept\",\"summary\":\"s\",\"topics\":[\"hashing\"]}")
                .put("/api/v1/concepts/test-accept")
                .then()
                .statusCode(201);
        given().accept("application/problem+json, application/json")
                .get("/api/v1/concepts/nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().header("Authorization", KEY)
                .accept("application/problem+json")
                .delete("/api/v1/concepts/test-accept")
                .then()
                .statusCode(204);
    }
}
