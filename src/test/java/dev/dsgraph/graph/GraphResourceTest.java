package dev.dsgraph.graph;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/** Neighbourhood subgraphs, plain and for Cytoscape.js. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class GraphResourceTest {

    @Test
    void shouldReturnNodesWithinDepthAndOnlyEdgesAmongThem() {
        JsonPath g = given().get("/api/v1/concepts/vector-clock/graph?depth=2")
                .then()
                .statusCode(200)
                .body("center", equalTo("vector-clock"))
                .body("nodes.distance", everyItem(lessThanOrEqualTo(2)))
                .body("nodes.id", hasItem("partial-order"))
                .extract()
                .jsonPath();
        var ids = new HashSet<>(g.getList("nodes.id", String.class));
        assertThat(g.getList("edges.source", String.class)).allMatch(ids::contains);
        assertThat(g.getList("edges.target", String.class)).allMatch(ids::contains);
        int depth1 = given().get("/api/v1/concepts/vector-clock/graph")
                .then()
                .statusCode(200)
                .extract()
                .path("nodes.size()");
        assertThat(depth1).isLessThan(ids.size());
    }

    @Test
    void shouldEmitCytoscapeElements() {
        given().get("/api/v1/concepts/vector-clock/graph?format=cytoscape")
                .then()
                .statusCode(200)
                .body("elements.nodes.data.id", hasItem("causality"))
                .body(
                        "elements.edges.find { it.data.source == 'vector-clock' && it.data.target == 'causality' }.data.type",
                        equalTo("IMPLEMENTS"));
    }

    @Test
    void shouldFilterByType() {
        given().get("/api/v1/concepts/vector-clock/graph?depth=3&types=PREREQUISITE_OF")
                .then()
                .statusCode(200)
                .body("edges.type", everyItem(equalTo("PREREQUISITE_OF")))
                .body("nodes.id", hasItem("lamport-timestamp"));
    }
}
