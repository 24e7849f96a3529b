package dev.dsgraph.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.FreshGraphProfile;
import dev.dsgraph.cache.TopicInfo;
import dev.dsgraph.study.StudyModels.Deck;
import dev.dsgraph.study.StudyModels.Flashcard;
import dev.dsgraph.study.StudyModels.Question;
import dev.dsgraph.study.StudyModels.Quiz;
import dev.dsgraph.topic.TopicTrees;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over every topic and concept of the seed, against a service holding only the seed: every quiz question
 * has exactly one true option according to the graph, ids equal those the generators compute from a graph read
 * straight from the seed files (what a restarted service holds), and the Anki file parses with four columns a line.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class StudySeedPropertyTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final SeedView seed = SeedView.fromSeed();
    final StudyIndex index = StudyIndex.of(seed);

    @Test
    void everyTopicsCardsKeepTheirIdsHideTheNameOnReverseAndExportToAnki() throws Exception {
        assertThat(seed.topics()).hasSizeGreaterThan(30);
        for (TopicInfo topic : seed.topics()) {
            String url = "/api/v1/study/flashcards?topic=" + topic.id();
            Deck deck = JSON.readValue(
                    given().get(url).then().statusCode(200).extract().asString(), Deck.class);
            List<Flashcard> expected = Flashcards.cards(
                    index,
                    index.select(TopicTrees.subtree(seed, topic.id()), List.of(), false),
                    Flashcards.KINDS,
                    false);
            assertThat(deck.items()).as(topic.id()).isEqualTo(expected);
            assertThat(deck.items()).extracting(Flashcard::id).doesNotHaveDuplicates();
            for (Flashcard card : deck.items()) {
                if (card.kind().equals("reverse")) {
                    ConceptInfo c = seed.info(card.conceptIds().get(0));
                    assertThat(Flashcards.names(card.front(), c))
                            .as(card.front())
                            .isFalse();
                }
            }
            String anki = given().queryParam("format", "anki")
                    .get(url)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            List<String[]> rows = AnkiFiles.rows(anki);
            assertThat(rows).hasSize(deck.total()).allSatisfy(r -> assertThat(r).hasSize(AnkiExport.COLUMNS));
            assertThat(rows)
                    .extracting(r -> r[0])
                    .containsExactlyElementsOf(
                            deck.items().stream().map(Flashcard::id).toList());
        }
    }

    @Test
    void everyQuizQuestionOfEveryTopicAndConceptHasExactlyOneTrueOption() throws Exception {
        int checked = 0;
        for (TopicInfo topic : seed.topics()) {
            checked += checkQuiz("topic=" + topic.id());
        }
        for (ConceptInfo concept : seed.concepts()) {
            checked += checkQuiz("concepts=" + concept.id());
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** Asks for as many questions as the selection can make (at most 50) and checks each against the graph. */
    private int checkQuiz(String selection) throws Exception {
        String base = "/api/v1/study/quiz?seed=3&" + selection;
        int available = given().get(base + "&count=1").then().extract().path("available");
        int count = Math.min(StudyResource.MAX_COUNT, available);
        String body = given().get(base + "&count=" + count)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Quiz quiz = JSON.readValue(body, Quiz.class);
        assertThat(given().get(base + "&count=" + count).then().extract().asString())
                .as("same seed, same quiz")
                .isEqualTo(body);
        assertThat(quiz.items()).hasSize(count).extracting(Question::question).doesNotHaveDuplicates();
        for (Question q : quiz.items()) {
            assertThat(q.options()).hasSize(4);
            for (int i = 0; i < 4; i++) {
                assertThat(StudyOracle.isTrue(index, q, q.options().get(i).ref()))
                        .as(q.question() + " option " + i + " " + q.options().get(i))
                        .isEqualTo(i == q.answer());
            }
        }
        String[] parts = selection.split("=");
        var selected = parts[0].equals("topic")
                ? index.select(TopicTrees.subtree(seed, parts[1]), List.of(), false)
                : index.select(null, List.of(parts[1]), false);
        List<Question> expected = Quizzes.pick(Quizzes.candidates(index, selected, Quizzes.KINDS, 3), count, 3);
        assertThat(quiz.items()).as(selection).isEqualTo(expected);
        return count;
    }
}
