package dev.dsgraph.study;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The study-tool endpoints over HTTP: each endpoint and kind, the Anki file, caching and bad input. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class StudyResourceTest {

    @Test
    void shouldMakeADefinitionCardFromTheNameAndSummary() {
        given().get("/api/v1/study/flashcards?concepts=vector-clock&kinds=definition")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("definition"))
                .body("items[0].front", equalTo("Vector clock"))
                .body("items[0].back", startsWith("A vector of counters"))
                .body("items[0].conceptIds", equalTo(List.of("vector-clock")))
                .body("items[0].tags", hasItem("definition"))
                .body("items[0].tags", hasItem("vector-clock"))
                .body("items[0].source.type", equalTo("concept"))
                .body("items[0].id", startsWith("def-"));
    }

    @Test
    void shouldMaskTheNameAndAliasesInAReverseCard() {
        given().get("/api/v1/study/flashcards?concepts=vector-clock&kinds=reverse")
                .then()
                .statusCode(200)
                .body("items[0].back", equalTo("Vector clock"))
                .body("items[0].front", not(containsString("ector clock")))
                .body("items[0].front", not(containsString("ector timestamp")))
                .body("items[0].front", containsString("counters, one per process"));
    }

    @Test
    void shouldAnswerARelationCardWithTheLabelAndReason() {
        JsonPath body = given().get("/api/v1/study/flashcards?concepts=vector-clock&kinds=relation")
                .then()
                .statusCode(200)
                .body("items.kind", everyItem(equalTo("relation")))
                .extract()
                .jsonPath();
        Map<String, Object> card =
                body.getMap("items.find { it.source.relation == 'IMPLEMENTS' && it.source.to == 'causality' }");
        assertThat(card.get("front")).isEqualTo("How does Vector clock relate to Causality?");
        assertThat((String) card.get("back")).startsWith("Vector clock implements Causality: Each process increments");
        assertThat(body.getList("items.source.relation")).doesNotContain("CONTRASTS_WITH");
    }

    @Test
    void shouldMakeAContrastCardFromContrastsWith() {
        given().get("/api/v1/study/flashcards?concepts=vector-clock&kinds=contrast")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.conceptIds.contains('lamport-timestamp') }.front",
                        equalTo("Lamport timestamp vs. Vector clock"))
                .body(
                        "items.find { it.conceptIds.contains('lamport-timestamp') }.back",
                        startsWith("A Lamport timestamp is one integer"))
                .body(
                        "items.find { it.conceptIds.contains('lamport-timestamp') }.source.relation",
                        equalTo("CONTRASTS_WITH"));
    }

    @Test
    void shouldOrderATopicsCardsByLearningOrderIncludingSubtopicsAndPrerequisites() {
        JsonPath plain = given().get("/api/v1/study/flashcards?topic=vector-clock&kinds=definition")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath more = given().get(
                        "/api/v1/study/flashcards?topic=vector-clock&kinds=definition&withPrerequisites=true")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> order = more.getList("items.front");
        assertThat(more.getInt("concepts")).isGreaterThan(plain.getInt("concepts"));
        assertThat(order).contains("Partial order", "Causality", "Vector clock");
        assertThat(order.indexOf("Partial order")).isLessThan(order.indexOf("Causality"));
        assertThat(order.indexOf("Causality")).isLessThan(order.indexOf("Vector clock"));
        // a parent topic holds its subtopics' concepts
        int parent = given().get("/api/v1/study/flashcards?topic=distributed-systems&kinds=definition")
                .then()
                .statusCode(200)
                .extract()
                .path("concepts");
        assertThat(parent).isGreaterThan(plain.getInt("concepts"));
    }

    @Test
    void shouldKeepCardIdsAcrossCalls() {
        List<String> first = given().get("/api/v1/study/flashcards?topic=causality")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        List<String> second = given().get("/api/v1/study/flashcards?topic=causality")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"format=anki", "accept"})
    void shouldExportAnAnkiFileWhoseGuidIsTheCardId(String how) {
        List<String> ids = given().get("/api/v1/study/flashcards?topic=causality")
                .then()
                .extract()
                .path("items.id");
        var request = how.equals("accept")
                ? given().accept("text/tab-separated-values")
                : given().queryParam("format", "anki");
        String text = request.get("/api/v1/study/flashcards?topic=causality")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/tab-separated-values"))
                .header("ETag", startsWith("\"anki.r"))
                .header("Vary", "Accept")
                .extract()
                .asString();
        List<String[]> rows = AnkiFiles.rows(text);
        assertThat(AnkiFiles.headers(text))
                .containsEntry("separator", "tab")
                .containsEntry("html", "true")
                .containsEntry("notetype", "Basic")
                .containsEntry("guid column", "1")
                .containsEntry("tags column", "4")
                .containsEntry("deck", "Distributed systems::Causality");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(AnkiExport.COLUMNS));
        assertThat(rows).extracting(r -> r[0]).isEqualTo(ids);
    }

    @Test
    void shouldAnswer304ForTheSameRevisionAndTellJsonFromAnki() {
        String etag = given().get("/api/v1/study/quiz?topic=causality&count=3")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/study/quiz?topic=causality&count=3")
                .then()
                .statusCode(304);
        String json = given().get("/api/v1/study/flashcards?topic=causality")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", json)
                .queryParam("format", "anki")
                .get("/api/v1/study/flashcards?topic=causality")
                .then()
                .statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"describe", "relation", "prerequisite", "contrast"})
    void shouldMakeQuizQuestionsOfEachKind(String kind) {
        JsonPath quiz = given().get("/api/v1/study/quiz?topic=distributed-systems&count=3&seed=4&kinds=" + kind)
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.kind", everyItem(equalTo(kind)))
                .body("items.options", everyItem(hasSize(4)))
                .extract()
                .jsonPath();
        for (Map<String, Object> q : quiz.<Map<String, Object>>getList("items")) {
            assertThat((Integer) q.get("answer")).isBetween(0, 3);
            assertThat((String) q.get("explanation")).isNotBlank();
        }
        if (!kind.equals("describe")) {
            // the explanation cites the relation's reason
            assertThat(quiz.getString("items[0].explanation")).contains(": ");
        }
    }

    @Test
    void shouldGiveTheSameQuizForTheSameSeedWithoutRepeatingAQuestion() {
        String url = "/api/v1/study/quiz?topic=distributed-systems&count=50&seed=11";
        JsonPath one = given().get(url).then().statusCode(200).extract().jsonPath();
        JsonPath two = given().get(url).then().statusCode(200).extract().jsonPath();
        assertThat(two.getList("items")).isEqualTo(one.getList("items"));
        assertThat(one.getList("items.question")).doesNotHaveDuplicates();
        assertThat(new HashSet<>(one.getList("items.kind")))
                .containsExactlyInAnyOrder("describe", "relation", "prerequisite", "contrast");
        JsonPath other = given().get("/api/v1/study/quiz?topic=distributed-systems&count=50&seed=12")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(other.getList("items")).isNotEqualTo(one.getList("items"));
    }

    @Test
    void shouldSayHowManyQuestionsASmallSelectionCanMake() {
        int available = given().get("/api/v1/study/quiz?concepts=vector-clock&count=1")
                .then()
                .statusCode(200)
                .extract()
                .path("available");
        given().get("/api/v1/study/quiz?concepts=vector-clock&count=" + (available + 1))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("parameter", equalTo("count"))
                .body("detail", containsString("can make " + available + " questions"))
                .body("errors[0].available", equalTo(available));
    }

    @Test
    void shouldSplitAStudyPlanIntoSessionsWithTheirFlashcards() {
        List<String> order = given().get("/api/v1/concepts/vector-clock/learning-path?known=partial-order")
                .then()
                .extract()
                .path("order");
        JsonPath plan = given().get("/api/v1/study/plan?goal=vector-clock&known=partial-order&sessionSize=2")
                .then()
                .statusCode(200)
                .body("goal", equalTo("vector-clock"))
                .body("known", equalTo(List.of("partial-order")))
                .body("concepts", equalTo(order.size() + 1))
                .extract()
                .jsonPath();
        List<List<String>> sessions = plan.getList("sessions.concepts.id");
        assertThat(sessions).allSatisfy(s -> assertThat(s.size()).isBetween(1, 2));
        assertThat(sessions.stream().flatMap(List::stream).toList())
                .containsSubsequence(order)
                .endsWith("vector-clock");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            seen.addAll(sessions.get(i));
            List<List<String>> cardConcepts = plan.getList("sessions[" + i + "].flashcards.conceptIds");
            // every card of a session is about concepts met by then
            cardConcepts.forEach(c -> assertThat(seen).containsAll(c));
        }
        assertThat(plan.getList("sessions[0].flashcards.kind")).contains("definition", "reverse");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/study/flashcards?topic=nope|404|topic",
                "/api/v1/study/flashcards?topic=Bad!|400|topic",
                "/api/v1/study/flashcards?concepts=nope|404|concepts",
                "/api/v1/study/flashcards?kinds=poems|400|kinds",
                "/api/v1/study/flashcards?withPrerequisites=maybe|400|withPrerequisites",
                "/api/v1/study/flashcards?format=pdf|400|format",
                "/api/v1/study/quiz?count=0|400|count",
                "/api/v1/study/quiz?count=51|400|count",
                "/api/v1/study/quiz?count=x|400|count",
                "/api/v1/study/quiz?seed=-1|400|seed",
                "/api/v1/study/quiz?kinds=essay|400|kinds",
                "/api/v1/study/quiz?topic=nope|404|topic",
                "/api/v1/study/quiz?concepts=vector-clock,nope|404|concepts",
                "/api/v1/study/quiz?topic=vector-clock&kinds=describe&count=50|422|count",
                "/api/v1/study/plan|400|goal",
                "/api/v1/study/plan?goal=nope|404|goal",
                "/api/v1/study/plan?goal=vector-clock&known=nope|404|known",
                "/api/v1/study/plan?goal=vector-clock&sessionSize=0|400|sessionSize",
                "/api/v1/study/plan?goal=vector-clock&sessionSize=21|400|sessionSize"
            })
    void shouldAnswerBadInputWithAProblemNamingTheParameter(String url, int status, String parameter) {
        given().get(url)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("parameter", equalTo(parameter));
    }
}
