package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.MemoryGraph;
import dev.dsgraph.study.StudyModels.Flashcard;
import dev.dsgraph.study.StudyModels.Option;
import dev.dsgraph.study.StudyModels.Plan;
import dev.dsgraph.study.StudyModels.Question;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The study generators over an in-memory graph: no Neo4j, no HTTP. */
class StudyGeneratorsTest {

    /** A small graph: a chain of prerequisites, a contrast, IS_A siblings, two topics under one. */
    static MemoryGraph graph() {
        return new MemoryGraph()
                .type("USED_IN", "used in", "uses", false, false, 0.7)
                .type("CAUSES", "causes", "caused by", false, false, 0.7)
                .type("RELATED_TO", "related to", "related to", true, false, 0.5)
                .topic("t", null, 1)
                .topic("t1", "t", 1)
                .topic("t2", "t", 2)
                .concept("a", "t1")
                .concept("b", "t1")
                .concept("c", "t1")
                .concept("d", "t2")
                .concept("e", "t2")
                .concept("f", "t2")
                .concept("g", "t2")
                .concept("h", "t2")
                .concept("i", "t")
                .rel("c", "PREREQUISITE_OF", "d")
                .rel("b", "PREREQUISITE_OF", "c")
                .rel("a", "PREREQUISITE_OF", "b")
                .rel("b", "CONTRASTS_WITH", "e")
                .rel("e", "IS_A", "f")
                .rel("g", "IS_A", "f")
                .rel("h", "IS_A", "f")
                .rel("a", "IMPLEMENTS", "c")
                .rel("a", "RELATED_TO", "c")
                .rel("d", "USED_IN", "h");
    }

    /** The graph with a summary of its own for each concept, some naming the concept. */
    static StudyIndex index(MemoryGraph g) {
        Map<String, String> summaries = new HashMap<>();
        for (var c : g.concepts()) {
            summaries.put(c.id(), "Summary number " + (c.id().charAt(0) - 'a') + " about " + c.name() + ".");
        }
        summaries.put("a", "The first of all.");
        return StudyIndex.of(new DescribedGraph(g, summaries));
    }

    @Test
    void shouldOrderCardsSoThatPrerequisitesComeFirst() {
        StudyIndex index = index(graph());
        List<Flashcard> cards = Flashcards.cards(index, List.of("d", "c", "b", "a"), List.of("definition"), false);
        assertThat(cards).extracting(f -> f.conceptIds().get(0)).containsExactly("a", "b", "c", "d");
        assertThat(cards.get(0).front()).isEqualTo("A");
        assertThat(cards.get(0).back()).isEqualTo("The first of all.");
        assertThat(cards.get(0).tags()).containsExactly("definition", "t1");
    }

    @Test
    void shouldMakeEachKindFromItsSource() {
        StudyIndex index = index(graph());
        List<Flashcard> cards = Flashcards.cards(index, List.of("b"), Flashcards.KINDS, false);
        assertThat(cards).extracting(Flashcard::kind).contains("definition", "reverse", "relation", "contrast");
        Flashcard reverse = cards.stream()
                .filter(f -> f.kind().equals("reverse"))
                .findFirst()
                .orElseThrow();
        assertThat(reverse.front()).isEqualTo("Summary number 1 about ___.");
        assertThat(reverse.back()).isEqualTo("B");
        Flashcard relation = cards.stream()
                .filter(f -> f.kind().equals("relation") && f.conceptIds().contains("c"))
                .findFirst()
                .orElseThrow();
        assertThat(relation.front()).isEqualTo("How does B relate to C?");
        assertThat(relation.back()).isEqualTo("B prerequisite of C: b PREREQUISITE_OF c");
        assertThat(relation.source().relation()).isEqualTo("PREREQUISITE_OF");
        Flashcard contrast = cards.stream()
                .filter(f -> f.kind().equals("contrast"))
                .findFirst()
                .orElseThrow();
        assertThat(contrast.front()).isEqualTo("B vs. E");
        assertThat(contrast.back())
                .startsWith("b CONTRASTS_WITH e")
                .contains("B: Summary number 1 about B.", "E: Summary number 4 about E.");
        assertThat(Flashcards.cards(index, List.of("b"), List.of("contrast"), false))
                .extracting(Flashcard::kind)
                .containsOnly("contrast");
        // both ends required: b's relations to a and c are left out when they are not selected
        assertThat(Flashcards.cards(index, List.of("b", "c"), List.of("relation"), true))
                .hasSize(1);
    }

    @Test
    void shouldKeepCardIdsWhileTheirSourceIsUnchanged() {
        List<Flashcard> first = Flashcards.cards(index(graph()), List.of("a", "b"), Flashcards.KINDS, false);
        MemoryGraph changed = graph().concept("z", "t1").rel("z", "IS_A", "i");
        List<Flashcard> second = Flashcards.cards(index(changed), List.of("a", "b"), Flashcards.KINDS, false);
        assertThat(second)
                .extracting(Flashcard::id)
                .containsExactlyInAnyOrderElementsOf(
                        first.stream().map(Flashcard::id).toList());
        assertThat(first).extracting(Flashcard::id).doesNotHaveDuplicates();
        // the same relation with another reason is another card
        MemoryGraph reworded = new MemoryGraph().concept("a").concept("b").rel("a", "IS_A", "b", 0.5);
        Flashcard before = Flashcards.cards(
                        index(new MemoryGraph().concept("a").concept("b").rel("a", "IS_A", "b")),
                        List.of("a"),
                        List.of("relation"),
                        false)
                .get(0);
        Flashcard after = Flashcards.cards(index(reworded), List.of("a"), List.of("relation"), false)
                .get(0);
        assertThat(after.id()).isEqualTo(before.id()); // weight is not shown, so not part of the source text
        assertThat(Flashcards.id("rel", "relation", before.source(), before.front(), before.back() + " more"))
                .isNotEqualTo(before.id());
    }

    @Test
    void shouldMaskTheNameAndEveryAliasInAReverseCard() {
        ConceptInfo c = new ConceptInfo(
                "vector-clock",
                "Vector clock",
                "vector clock",
                "",
                List.of("version vector", "VC"),
                List.of(),
                List.of());
        assertThat(Flashcards.mask(
                        "Vector clocks generalize a VC; a version vector is one. Not VCR or vectorclock.", c))
                .isEqualTo("___ generalize a ___; a ___ is one. Not VCR or vectorclock.");
    }

    @Test
    void shouldEscapeAnkiFieldsSoThatEveryLineHasFourColumns() {
        Flashcard tricky = new Flashcard(
                "def-1",
                "definition",
                "<b>A</b>\t\"quoted\"",
                "line one\nline two & more\r\nthree",
                List.of("a"),
                List.of("definition", "t 1"),
                StudyModels.Source.concept("a"));
        String text = AnkiExport.text("Deck\tname", List.of(tricky));
        List<String> lines = text.lines().toList();
        assertThat(lines).startsWith("#separator:tab", "#html:true", "#notetype:Basic", "#deck:Deck name");
        assertThat(lines).contains("#guid column:1", "#tags column:4");
        String row = lines.get(lines.size() - 1);
        assertThat(row.split("\t", -1))
                .containsExactly(
                        "def-1",
                        "&lt;b&gt;A&lt;/b&gt;&#9;&quot;quoted&quot;",
                        "line one<br>line two &amp; more<br>three",
                        "definition t_1");
    }

    @Test
    void shouldMakeQuestionsWithExactlyOneTrueOptionAndWrongDistractors() {
        StudyIndex index = index(graph());
        List<Question> all = Quizzes.candidates(index, index.rank.keySet(), Quizzes.KINDS, 3);
        assertThat(all).extracting(Question::kind).contains("describe", "relation", "prerequisite", "contrast");
        assertThat(all).extracting(Question::question).doesNotHaveDuplicates();
        for (Question q : all) {
            assertThat(q.options()).hasSize(4);
            assertThat(q.options()).extracting(Option::ref).doesNotHaveDuplicates();
            for (int i = 0; i < 4; i++) {
                assertThat(StudyOracle.isTrue(index, q, q.options().get(i).ref()))
                        .as(q + " option " + i)
                        .isEqualTo(i == q.answer());
            }
        }
        Question relation = all.stream()
                .filter(q -> q.kind().equals("relation") && q.conceptIds().equals(List.of("a", "c")))
                .findFirst()
                .orElseThrow();
        // a IMPLEMENTS c and a RELATED_TO c hold: neither is a distractor; the strongest is the answer
        assertThat(relation.options().get(relation.answer()).ref()).isEqualTo("IMPLEMENTS");
        assertThat(relation.options())
                .extracting(Option::ref)
                .doesNotContain("RELATED_TO")
                .contains("IMPLEMENTS");
        assertThat(relation.explanation()).isEqualTo("A implements C: a IMPLEMENTS c");
    }

    @Test
    void shouldGiveTheSameQuizForTheSameSeedAndMixTheKinds() {
        StudyIndex index = index(graph());
        List<Question> one = Quizzes.pick(Quizzes.candidates(index, index.rank.keySet(), Quizzes.KINDS, 5), 8, 5);
        List<Question> again =
                Quizzes.pick(Quizzes.candidates(index(graph()), index.rank.keySet(), Quizzes.KINDS, 5), 8, 5);
        assertThat(again).isEqualTo(one);
        assertThat(one).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(one.subList(0, 4)).extracting(Question::kind).containsExactlyElementsOf(Quizzes.KINDS);
        List<Question> other = Quizzes.pick(Quizzes.candidates(index, index.rank.keySet(), Quizzes.KINDS, 6), 8, 6);
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    void shouldPreferDistractorsFromTheSameTopicAndIsASiblings() {
        StudyIndex index = index(graph());
        Question e =
                Quizzes.candidates(index, List.of("e"), List.of("describe"), 1).get(0);
        // e's IS_A siblings g, h and its topic t2: all plausible, none of them e
        assertThat(e.options())
                .extracting(Option::ref)
                .allMatch(ref -> Set.of("d", "e", "f", "g", "h", "b").contains(ref));
    }

    @Test
    void shouldSplitAPlanIntoSessionsWithTheGoalLast() {
        StudyIndex index = index(graph());
        Plan plan = StudyPlans.plan(index, "d", List.of(), 2).orElseThrow();
        assertThat(plan.sessions()).hasSize(2);
        assertThat(plan.sessions().get(0).concepts())
                .extracting(StudyModels.StudyConcept::id)
                .containsExactly("a", "b");
        assertThat(plan.sessions().get(1).concepts())
                .extracting(StudyModels.StudyConcept::id)
                .containsExactly("c", "d");
        // the a-c relations are completed in session 2, where c is met
        assertThat(plan.sessions().get(1).flashcards())
                .anyMatch(f -> f.conceptIds().equals(List.of("a", "c")));
        assertThat(plan.sessions().get(0).flashcards())
                .noneMatch(f -> f.conceptIds().contains("c"));
        assertThat(plan.flashcards())
                .isEqualTo(plan.sessions().stream()
                        .mapToInt(s -> s.flashcards().size())
                        .sum());
        Plan knowing = StudyPlans.plan(index, "d", List.of("b"), 5).orElseThrow();
        assertThat(knowing.sessions().get(0).concepts())
                .extracting(StudyModels.StudyConcept::id)
                .containsExactly("c", "d");
        assertThat(StudyPlans.plan(index, "nope", List.of(), 5)).isEmpty();
    }
}
