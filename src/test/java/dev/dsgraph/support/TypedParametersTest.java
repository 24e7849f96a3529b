package dev.dsgraph.support;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Typed, validated parameters answer with the same problem details the hand parser gave. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class TypedParametersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/concepts/vector-clock/related?limit=1000|limit|limit must be from 1 to 50, got 1000",
                "/api/v1/concepts/vector-clock/related?maxDepth=two|maxDepth|maxDepth must be a whole number from 1 to 3, got 'two'",
                "/api/v1/concepts/Vector_Clock|id|id must be a lowercase kebab-case id such as 'vector-clock' (at most 64 characters), got 'Vector_Clock'",
                "/api/v1/search|q|q is required: the text to search for",
                "/api/v1/paths?from=vector-clock|to|to is required",
                "/api/v1/concepts/vector-clock/graph?format=svg|format|format must be one of plain, cytoscape, got 'svg'",
                "/api/v1/concepts/nope/related|id|No concept with id 'nope'",
                "/api/v1/paths?from=vector-clock&to=nope|to|No concept with id 'nope'",
                "/api/v1/concepts?topic=nope|topic|No topic with id 'nope'",
                "/api/v1/study/flashcards?withPrerequisites=yes|withPrerequisites|withPrerequisites must be one of true, false, got 'yes'"
            })
    void shouldAnswerTheSameDetail(String path, String parameter, String detail) {
        given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .contentType("application/problem+json")
                .body("parameter", equalTo(parameter))
                .body("detail", equalTo(detail));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/concepts?size=", "/api/v1/concepts?topic=", "/api/v1/concepts/vector-clock/related?limit=%20"})
    void shouldTreatABlankValueAsAbsent(String path) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(200);
    }
}
