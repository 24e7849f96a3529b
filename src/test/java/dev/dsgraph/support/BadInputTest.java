package dev.dsgraph.support;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input to every parameter gets a 4xx problem naming the parameter, never a 5xx. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class BadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/concepts?page=0|400|page",
                "/api/v1/concepts?page=-1|400|page",
                "/api/v1/concepts?page=abc|400|page",
                "/api/v1/concepts?size=0|400|size",
                "/api/v1/concepts?size=101|400|size",
                "/api/v1/concepts?size=99999999999|400|size",
                "/api/v1/concepts?size=1.5|400|size",
                "/api/v1/concepts?topic=Bad%20Topic!|400|topic",
                "/api/v1/concepts?tag=%27%20OR%201=1|400|tag",
                "/api/v1/concepts/Vector_Clock|400|id",
                "/api/v1/concepts/%27)%20MATCH%20(n)%20DETACH%20DELETE%20n|400|id",
                "/api/v1/concepts/no-such-concept|404|id",
                "/api/v1/search|400|q",
                "/api/v1/search?q=|400|q",
                "/api/v1/search?q=%20%20|400|q",
                "/api/v1/search?q=clock&limit=0|400|limit",
                "/api/v1/search?q=clock&limit=51|400|limit",
                "/api/v1/search?q=clock&limit=x|400|limit",
                "/api/v1/concepts/vector-clock/related?limit=-5|400|limit",
                "/api/v1/concepts/vector-clock/related?limit=1000000|400|limit",
                "/api/v1/concepts/vector-clock/related?maxDepth=0|400|maxDepth",
                "/api/v1/concepts/vector-clock/related?maxDepth=4|400|maxDepth",
                "/api/v1/concepts/vector-clock/related?maxDepth=two|400|maxDepth",
                "/api/v1/concepts/vector-clock/related?types=LIKES|400|types",
                "/api/v1/concepts/vector-clock/related?types=IS_A%7C%7CLIKES|400|types",
                "/api/v1/concepts/nope/related|404|id",
                "/api/v1/paths|400|from",
                "/api/v1/paths?from=vector-clock|400|to",
                "/api/v1/paths?from=vector-clock&to=vector-clock|400|to",
                "/api/v1/paths?from=vector-clock&to=nope|404|to",
                "/api/v1/paths?from=nope&to=causality|404|from",
                "/api/v1/paths?from=vector-clock&to=causality&maxLength=0|400|maxLength",
                "/api/v1/paths?from=vector-clock&to=causality&maxLength=7|400|maxLength",
                "/api/v1/paths?from=vector-clock&to=causality&maxLength=*|400|maxLength",
                "/api/v1/paths?from=vector-clock&to=causality&types=%5D-(x)|400|types",
                "/api/v1/concepts/nope/learning-path|404|id",
                "/api/v1/concepts/vector-clock/learning-path?known=nope|404|known",
                "/api/v1/concepts/vector-clock/learning-path?known=Not%20An%20Id|400|known",
                "/api/v1/concepts/nope/unlocks|404|id",
                "/api/v1/concepts/vector-clock/graph?depth=0|400|depth",
                "/api/v1/concepts/vector-clock/graph?depth=4|400|depth",
                "/api/v1/concepts/vector-clock/graph?depth=%22%22|400|depth",
                "/api/v1/concepts/vector-clock/graph?format=svg|400|format",
                "/api/v1/concepts/vector-clock/graph?types=FOO|400|types",
                "/api/v1/concepts/nope/graph|404|id",
                "/api/v1/topics/NOPE!|400|id",
                "/api/v1/topics/nope|404|id",
                "/api/v1/changes?since=-1|400|since",
                "/api/v1/changes?since=x|400|since",
                "/api/v1/changes?page=0|400|page",
                "/api/v1/changes?size=501|400|size",
                "/api/v1/changes?size=1e9|400|size",
                "/api/v1/concepts/vector-clock/relations/IMPLEMENTS/Bad!|400|targetId",
                "/api/v1/concepts/vector-clock/relations/LIKES/causality|404|type",
                "/api/v1/concepts/vector-clock/relations/IMPLEMENTS/nope|404|targetId",
                "/api/v1/concepts/vector-clock/relations/IS_A/partial-order|404|type"
            })
    void shouldAnswerProblemJsonNamingTheParameter(String path, int status, String parameter) {
        given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("parameter", equalTo(parameter))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("type", notNullValue());
    }

    @Test
    void shouldAnswerProblemJsonForUnknownPathsAndMethods() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/relation-types")
                .then()
                .statusCode(greaterThanOrEqualTo(400))
                .statusCode(lessThan(500))
                .contentType("application/problem+json");
    }

    @Test
    void shouldLeaveTheGraphIntactAfterHostileInput() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/search?q=%27%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n%20//")
                .then()
                .statusCode(200);
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200);
    }
}
