package dev.dsgraph.concept;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

/** The concept list and concept detail over the seed graph. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ConceptResourceTest {

    @Test
    void shouldPageThroughEveryConceptSortedByName() {
        int total = given().get("/api/v1/concepts?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        List<String> names = new ArrayList<>();
        for (int page = 1; (page - 1) * 50 < total; page++) {
            names.addAll(given().get("/api/v1/concepts?size=50&page=" + page)
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(page))
                    .body("size", equalTo(50))
                    .body("items.size()", lessThanOrEqualTo(50))
                    .extract()
                    .path("items.name"));
        }
        assertThat(names).hasSize(total).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(total).isGreaterThan(100);
    }

    @Test
    void shouldFilterByTopicIncludingSubtopicsAndByTag() {
        given().get("/api/v1/concepts?topic=hashing&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("consistent-hashing"))
                .body("items.id", hasItem("geohashing"))
                .body("items.id", hasItem("perfect-hashing"));
        given().get("/api/v1/concepts?tag=hashing&size=100")
                .then()
                .statusCode(200)
                .body("items.tags", everyItem(hasItem("hashing")));
    }

    @Test
    void shouldReturnAConceptWithRelationsGroupedByTypeAndDirection() {
        given().get("/api/v1/concepts/vector-clock")
                .then()
                .statusCode(200)
                .body("id", equalTo("vector-clock"))
                .body("name", equalTo("Vector clock"))
                .body("aliases", hasItem("vector clocks"))
                .body(
                        "relations.find { it.type == 'IMPLEMENTS' && it.direction == 'outgoing' }.concepts.id",
                        hasItem("causality"))
                .body("relations.find { it.type == 'IMPLEMENTS' }.label", equalTo("implements"));
        // incoming relations read with the inverse label
        given().get("/api/v1/concepts/causality")
                .then()
                .statusCode(200)
                .body(
                        "relations.find { it.type == 'IMPLEMENTS' && it.direction == 'incoming' }.label",
                        equalTo("implemented by"))
                .body(
                        "relations.find { it.type == 'IMPLEMENTS' && it.direction == 'incoming' }.concepts.id",
                        hasItem("vector-clock"));
    }

    @Test
    void shouldCarryLatencyFiguresWithUnits() {
        given().get("/api/v1/concepts/latency-numbers")
                .then()
                .statusCode(200)
                .body("figures.find { it.unit == 'ns' && it.value == 100.0 }", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldReturn404ProblemForUnknownConcept() {
        given().get("/api/v1/concepts/no-such-concept")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("parameter", equalTo("id"))
                .body("detail", equalTo("No concept with id 'no-such-concept'"))
                .body("type", startsWith("https://"))
                .body("instance", equalTo("/api/v1/concepts/no-such-concept"));
    }

    @Test
    void shouldReturn404ForUnknownTopicFilter() {
        given().get("/api/v1/concepts?topic=no-such-topic")
                .then()
                .statusCode(404)
                .body("parameter", equalTo("topic"));
    }

    @Test
    void shouldListRelationTypesWithInverseLabels() {
        given().get("/api/v1/relation-types")
                .then()
                .statusCode(200)
                .body("items.find { it.type == 'PREREQUISITE_OF' }.acyclic", equalTo(true))
                .body("items.find { it.type == 'CONTRASTS_WITH' }.symmetric", equalTo(true))
                .body("items.find { it.type == 'PREREQUISITE_OF' }.inverse", equalTo("requires"))
                .body("items", hasSize(13));
    }
}
