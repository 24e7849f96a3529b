package dev.dsgraph.path;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Shortest paths between concepts. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class PathResourceTest {

    @Test
    void shouldGoFromVectorClockToPartialOrderThroughCausality() {
        given().get("/api/v1/paths?from=vector-clock&to=partial-order")
                .then()
                .statusCode(200)
                .body("paths[0].length", equalTo(2))
                .body("paths[0].concepts.id", equalTo(List.of("vector-clock", "causality", "partial-order")))
                .body("paths[0].relations", hasSize(2))
                .body("paths[0].relations[0].from", equalTo("vector-clock"))
                .body("paths[0].relations[0].reason", notNullValue())
                .body("paths[0].relations[1].to", equalTo("partial-order"));
    }

    @Test
    void shouldReportDirectionOfRelationsWalkedBackwards() {
        // walking from partial-order to vector-clock uses the same relations in reverse
        given().get("/api/v1/paths?from=partial-order&to=vector-clock")
                .then()
                .statusCode(200)
                .body("paths[0].concepts.id", equalTo(List.of("partial-order", "causality", "vector-clock")))
                .body("paths[0].relations[1].type", equalTo("IMPLEMENTS"))
                .body("paths[0].relations[1].direction", equalTo("backward"))
                .body("paths[0].relations[1].label", equalTo("implemented by"));
    }

    @Test
    void shouldReturnNoPathWhenNoneIsShortEnough() {
        given().get("/api/v1/paths?from=vector-clock&to=istio&maxLength=1")
                .then()
                .statusCode(200)
                .body("paths", hasSize(0))
                .body("maxLength", equalTo(1));
    }
}
