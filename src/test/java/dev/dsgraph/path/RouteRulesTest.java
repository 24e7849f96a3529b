package dev.dsgraph.path;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Over the whole seed: no route is listed twice in /paths, whatever parallel relations join its concepts. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class RouteRulesTest {

    @Test
    void shouldNeverListARouteTwice() {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> batch = given().get("/api/v1/concepts?size=100&page=" + page)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            ids.addAll(batch);
            if (batch.size() < 100) {
                break;
            }
        }
        int checked = 0;
        int withParallel = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int step : new int[] {1, 37, 71}) {
                String from = ids.get(i);
                String to = ids.get((i * step + 11) % ids.size());
                if (from.equals(to)) {
                    continue;
                }
                List<Map<String, Object>> paths = given().get("/api/v1/paths?from=" + from + "&to=" + to)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("paths");
                Set<List<Object>> routes = new HashSet<>();
                for (Map<String, Object> p : paths) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> concepts = (List<Map<String, Object>>) p.get("concepts");
                    assertThat(routes.add(
                                    concepts.stream().map(c -> c.get("id")).toList()))
                            .as("route %s listed twice between %s and %s", concepts, from, to)
                            .isTrue();
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> relations = (List<Map<String, Object>>) p.get("relations");
                    withParallel += relations.stream().anyMatch(r -> !((List<?>) r.get("parallel")).isEmpty()) ? 1 : 0;
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(withParallel)
                .as("routes with a step of parallel relations (the seed has such pairs)")
                .isPositive();
    }

    @Test
    void shouldAnswerNothingToAQueryOfCommonWordsOnly() {
        String body = given().get("/api/v1/search?q=the")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(body).as(body).contains("\"items\":[]");
    }
}
