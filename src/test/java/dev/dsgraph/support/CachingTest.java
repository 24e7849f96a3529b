package dev.dsgraph.support;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** Every GET carries an ETag from the graph revision and Cache-Control; If-None-Match gives 304. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class CachingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/concepts/vector-clock",
                "/api/v1/concepts?size=5",
                "/api/v1/search?q=vector",
                "/api/v1/concepts/vector-clock/related",
                "/api/v1/paths?from=vector-clock&to=partial-order",
                "/api/v1/concepts/vector-clock/learning-path",
                "/api/v1/concepts/causality/unlocks",
                "/api/v1/concepts/vector-clock/graph",
                "/api/v1/topics",
                "/api/v1/topics/hashing",
                "/api/v1/relation-types"
            })
    void shouldAnswer304ToARepeatedRequestWithItsETag(String path) {
        String etag = given().get(path)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("must-revalidate"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"r-stale\"").get(path).then().statusCode(200);
        String again = given().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(again).isEqualTo(etag);
    }
}
