package dev.dsgraph.related;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** Ranked, explained related concepts. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class RelatedResourceTest {

    @Test
    void shouldRankByScoreThenIdAndExplainEachWithAPath() {
        JsonPath body = given().get("/api/v1/concepts/vector-clock/related?limit=20")
                .then()
                .statusCode(200)
                .body("concept", equalTo("vector-clock"))
                .body("algorithm.name", equalTo("degree-damped-type-weighted-path-sum"))
                .body("algorithm.maxDepth", equalTo(2))
                .body("algorithm.limit", equalTo(20))
                .body("items.size()", lessThanOrEqualTo(20))
                .body("items.distance", everyItem(lessThanOrEqualTo(2)))
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = body.getList("items");
        assertThat(items).hasSizeGreaterThan(5);
        for (int i = 1; i < items.size(); i++) {
            double prev = ((Number) items.get(i - 1).get("score")).doubleValue();
            double cur = ((Number) items.get(i).get("score")).doubleValue();
            assertThat(cur).isLessThanOrEqualTo(prev);
            if (cur == prev) {
                assertThat((String) items.get(i).get("id"))
                        .isGreaterThan((String) items.get(i - 1).get("id"));
            }
        }
        // the explanation starts at the concept, ends at the related one, and every step has a reason
        for (int i = 0; i < items.size(); i++) {
            List<String> ids = body.getList("items[" + i + "].explanation.concepts.id");
            assertThat(ids.get(0)).isEqualTo("vector-clock");
            assertThat(ids.get(ids.size() - 1)).isEqualTo(body.getString("items[" + i + "].id"));
            assertThat(body.getList("items[" + i + "].explanation.relations.reason", String.class))
                    .allSatisfy(r -> assertThat(r).isNotBlank());
        }
        assertThat(body.getList("items.id", String.class)).contains("causality", "lamport-timestamp");
    }

    @Test
    void shouldBeDeterministic() {
        String first = given().get("/api/v1/concepts/idempotency/related?limit=15&maxDepth=3")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String again = given().header("Cache-Control", "no-cache")
                .get("/api/v1/concepts/idempotency/related?maxDepth=3&limit=15")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void shouldFollowOnlyTheRequestedTypes() {
        given().get("/api/v1/concepts/vector-clock/related?types=IS_A&maxDepth=1")
                .then()
                .statusCode(200)
                .body("algorithm.types", equalTo(List.of("IS_A")))
                .body("items.explanation.relations.flatten().type", everyItem(equalTo("IS_A")))
                .body("items[0]", notNullValue());
    }
}
