package dev.dsgraph.learning;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Learning paths respect every prerequisite edge; unlocks is their inverse. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class LearningResourceTest {

    /** Every PREREQUISITE_OF edge of the graph, read straight from Neo4j. */
    static List<String[]> prerequisiteEdges() {
        try (var driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none())) {
            return driver
                    .executableQuery("MATCH (a:Concept)-[:PREREQUISITE_OF]->(b:Concept) RETURN a.id AS a, b.id AS b")
                    .execute()
                    .records()
                    .stream()
                    .map(r -> new String[] {r.get("a").asString(), r.get("b").asString()})
                    .toList();
        }
    }

    @Test
    void shouldOrderTheLearningPathSoThatEveryPrerequisiteComesFirst() {
        JsonPath body = given().get("/api/v1/concepts/exactly-once-delivery/learning-path")
                .then()
                .statusCode(200)
                .body("concept", equalTo("exactly-once-delivery"))
                .extract()
                .jsonPath();
        List<String> order = body.getList("order", String.class);
        assertThat(order)
                .contains("idempotency", "deduplication", "at-least-once-delivery")
                .doesNotContain("exactly-once-delivery");
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        int checked = 0;
        for (String[] edge : prerequisiteEdges()) {
            if (position.containsKey(edge[0]) && position.containsKey(edge[1])) {
                assertThat(position.get(edge[0]))
                        .as(edge[0] + " before " + edge[1])
                        .isLessThan(position.get(edge[1]));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3);
        // levels agree with the order: a concept's prerequisites on the path sit on lower levels
        List<Map<String, Object>> levels = body.getList("levels");
        Map<String, Integer> level = new HashMap<>();
        levels.forEach(l -> ((List<Map<String, Object>>) l.get("concepts"))
                .forEach(c -> level.put((String) c.get("id"), (Integer) l.get("level"))));
        levels.forEach(l -> ((List<Map<String, Object>>) l.get("concepts"))
                .forEach(c -> ((List<String>) c.get("requires"))
                        .forEach(pre -> assertThat(level.get(pre)).isLessThan((Integer) l.get("level")))));
    }

    @Test
    void shouldLeaveOutKnownConceptsAndWhatIsOnlyReachableThroughThem() {
        List<String> full = given().get("/api/v1/concepts/vector-clock/learning-path")
                .then()
                .statusCode(200)
                .body("order", hasItem("partial-order"))
                .body("order", hasItem("causality"))
                .extract()
                .path("order");
        JsonPath knowing = given().get("/api/v1/concepts/vector-clock/learning-path?known=causality")
                .then()
                .statusCode(200)
                .body("known", equalTo(List.of("causality")))
                .body("order", not(hasItem("causality")))
                .extract()
                .jsonPath();
        List<String> order = knowing.getList("order", String.class);
        // whatever is still needed must be reachable without passing through causality
        Set<String> reachable = new HashSet<>();
        List<String[]> edges = prerequisiteEdges();
        List<String> queue = new java.util.ArrayList<>(List.of("vector-clock"));
        while (!queue.isEmpty()) {
            String at = queue.remove(0);
            for (String[] e : edges) {
                if (e[1].equals(at) && !e[0].equals("causality") && reachable.add(e[0])) {
                    queue.add(e[0]);
                }
            }
        }
        assertThat(new HashSet<>(order)).isEqualTo(reachable);
        assertThat(order.size()).isLessThan(full.size());
        assertThat(knowing.getList("skipped", String.class)).contains("causality");
    }

    @Test
    void shouldAnswerAnEmptyPathForAConceptWithoutPrerequisites() {
        given().get("/api/v1/concepts/distributed-system/learning-path")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("order", org.hamcrest.Matchers.empty());
        given().get("/api/v1/concepts/vector-clock/unlocks")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldListWhatAConceptUnlocksDirectlyAndTransitively() {
        given().get("/api/v1/concepts/partial-order/unlocks")
                .then()
                .statusCode(200)
                .body("items.find { it.id == 'causality' }.direct", equalTo(true))
                .body("items.find { it.id == 'causality' }.distance", equalTo(1))
                .body("items.find { it.id == 'vector-clock' }.direct", equalTo(false))
                .body("items.id", not(hasItem("partial-order")));
    }
}
