package dev.dsgraph.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records the study-tool endpoints send: flashcards, quizzes and study plans. */
final class StudyModels {

    /** The formats flashcards are answered in. */
    @Schema(name = "FlashcardFormat")
    public enum CardFormat {
        json,
        anki
    }

    private StudyModels() {}

    /** What a card or question was derived from: a concept, or one stored relation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StudySource", description = "The concept or the relation a card or question was derived from")
    public record Source(
            @Schema(description = "concept or relation", examples = "relation")
            String type,

            @Schema(description = "The concept, for a concept source", examples = "vector-clock")
            String concept,

            @Schema(description = "The relation type, for a relation source", examples = "IMPLEMENTS")
            String relation,

            @Schema(description = "Stored start of the relation", examples = "vector-clock")
            String from,

            @Schema(description = "Stored end of the relation", examples = "causality")
            String to) {

        static Source concept(String id) {
            return new Source("concept", id, null, null, null);
        }

        static Source relation(String type, String from, String to) {
            return new Source("relation", null, type, from, to);
        }

        /** A key naming the source, part of the ids hashed from it. */
        String key() {
            return concept != null ? "concept:" + concept : "relation:" + relation + ":" + from + ":" + to;
        }
    }

    /** One flashcard. */
    @Schema(name = "Flashcard", description = "A flashcard derived from the graph")
    public record Flashcard(
            @Schema(
                    description =
                            "Stable id: a hash of the kind, the source and the source's text; it changes only when they do",
                    examples = "def-5c1f0e7a9b2d4c6e8f10")
            String id,

            @Schema(description = "definition, reverse, relation or contrast", examples = "definition")
            String kind,

            @Schema(examples = "Vector clock") String front,

            @Schema(examples = "A vector of counters, one per process, ...")
            String back,

            @Schema(description = "The concepts the card is about")
            List<String> conceptIds,

            @Schema(description = "The kind and the topics of its concepts")
            List<String> tags,

            Source source) {}

    /** A set of flashcards. */
    @Schema(name = "FlashcardDeck", description = "Flashcards in learning order: prerequisites first")
    public record Deck(
            @Schema(description = "The concepts selected (before adding relation partners)", examples = "12")
            int concepts,

            @Schema(description = "Number of cards", examples = "40")
            int total,

            @Schema(description = "The kinds included") List<String> kinds,
            List<Flashcard> items) {}

    /** One option of a quiz question. */
    @Schema(name = "QuizOption", description = "One answer option")
    public record Option(
            @Schema(examples = "Vector clock") String text,

            @Schema(description = "The concept id or relation type the option names", examples = "vector-clock")
            String ref) {}

    /** One multiple-choice question. */
    @Schema(name = "QuizQuestion", description = "A multiple-choice question with four options and exactly one correct")
    public record Question(
            @Schema(
                    description = "Stable id: a hash of the kind, the source and the question's text",
                    examples = "q-9a0b1c2d3e4f5a6b7c8d")
            String id,

            @Schema(description = "describe, relation, prerequisite or contrast", examples = "describe")
            String kind,

            @Schema(examples = "Which concept is described: \"A vector of counters, one per process, ...\"?")
            String question,

            List<Option> options,

            @Schema(description = "Index of the correct option, 0 to 3", examples = "2")
            int answer,

            @Schema(description = "Why the answer is right, citing the relation's reason")
            String explanation,

            List<String> conceptIds,
            Source source) {}

    /** A quiz. */
    @Schema(name = "Quiz", description = "A quiz: the same parameters and seed give the same quiz")
    public record Quiz(
            @Schema(examples = "7") int seed,
            @Schema(examples = "5") int count,

            @Schema(description = "How many distinct questions the selection can make", examples = "63")
            int available,

            List<String> kinds,
            List<Question> items) {}

    /** A concept in a study session. */
    @Schema(name = "StudyConcept", description = "A concept to study")
    public record StudyConcept(
            @Schema(examples = "causality") String id,
            @Schema(examples = "Causality") String name,
            String summary) {}

    /** One session of a study plan. */
    @Schema(name = "StudySession", description = "Concepts to study together and their flashcards")
    public record Session(
            @Schema(examples = "1") int number, List<StudyConcept> concepts, List<Flashcard> flashcards) {}

    /** A study plan towards a goal concept. */
    @Schema(name = "StudyPlan", description = "The learning path to a goal, split into sessions")
    public record Plan(
            @Schema(examples = "vector-clock") String goal,
            @Schema(examples = "Vector clock") String name,
            List<String> known,
            @Schema(examples = "3") int sessionSize,

            @Schema(description = "Concepts in the plan, the goal last", examples = "6")
            int concepts,

            @Schema(description = "Flashcards in the plan", examples = "30")
            int flashcards,

            List<Session> sessions) {}
}
