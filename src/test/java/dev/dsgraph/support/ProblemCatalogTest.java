package dev.dsgraph.support;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The problem catalog and the edge's mapping of domain problems, without HTTP. */
class ProblemCatalogTest {

    @Test
    void shouldWriteNoConceptWithIdInOnePlace() {
        Problem problem = NotFound.concept("nope").toProblem("/api/v1/concepts/nope", "id");

        assertThat(problem)
                .isEqualTo(new Problem(
                        "https://dsgraph.dev/problems/not-found",
                        "Not found",
                        404,
                        "No concept with id 'nope'",
                        "/api/v1/concepts/nope",
                        "id",
                        null,
                        null));
        assertThat(NotFound.targetConcept("x").getMessage()).isEqualTo("No target concept with id 'x'");
        assertThat(NotFound.topic("x").getMessage()).isEqualTo("No topic with id 'x'");
    }

    @Test
    void shouldNameTheParameterThatCarriedTheValueInDeclarationOrder() {
        SentParameters sent = new SentParameters(List.of(
                Map.entry("id", "vector-clock"),
                Map.entry("type", "PREREQUISITE_OF"),
                Map.entry("targetId", "nope"),
                Map.entry("known", "causality, lamport-clock")));

        assertThat(sent.carrying("nope")).isEqualTo("targetId");
        assertThat(sent.carrying("vector-clock")).isEqualTo("id");
        assertThat(sent.carrying("prerequisite_of")).isEqualTo("type");
        assertThat(sent.carrying("lamport-clock")).isEqualTo("known");
        assertThat(sent.carrying("elsewhere")).isNull();
        assertThat(sent.carrying(null)).isNull();
    }

    @Test
    void shouldLeaveTheParameterToTheEdgeForDomainProblems() {
        CycleDetected cycle = new CycleDetected("PREREQUISITE_OF", "a", "b", List.of("a", "b", "a"));

        assertThat(cycle.field()).isNull();
        assertThat(cycle.value()).isEqualTo("PREREQUISITE_OF");
        assertThat(cycle.toProblem(null, "type").cycle()).containsExactly("a", "b", "a");
        assertThat(cycle.getMessage())
                .isEqualTo(
                        "PREREQUISITE_OF must stay acyclic, and a PREREQUISITE_OF b would close the cycle a -> b -> a");
        assertThat(InvalidInput.unknownTopics(List.of("x")).field()).isEqualTo("topics");
        assertThat(ProblemException.badParameter("limit", "bad")
                        .toProblem(null, "limit")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void shouldDocumentOneKindPerStatus() {
        List<Integer> documented = Arrays.stream(ProblemType.values())
                .filter(t -> t.when() != null)
                .map(ProblemType::status)
                .toList();

        assertThat(documented).doesNotHaveDuplicates().contains(400, 404, 409, 412, 422, 429, 503);
        assertThat(ProblemType.values())
                .allSatisfy(t -> assertThat(t.uri()).startsWith("https://dsgraph.dev/problems/"));
    }
}
