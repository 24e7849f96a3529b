package dev.dsgraph.study;

import dev.dsgraph.cache.GraphView;
import dev.dsgraph.study.StudyModels.Deck;
import dev.dsgraph.study.StudyModels.Flashcard;
import dev.dsgraph.study.StudyModels.Question;
import dev.dsgraph.study.StudyModels.Quiz;
import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Params;
import dev.dsgraph.support.Problem;
import dev.dsgraph.support.ProblemException;
import dev.dsgraph.support.ProblemType;
import dev.dsgraph.support.Reads;
import dev.dsgraph.topic.TopicTrees;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Study tools derived from the graph: flashcards (JSON or an Anki file), quizzes and study plans. */
@Path("/api/v1/study")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Study tools")
class StudyResource {

    public static final int MAX_CONCEPTS = 100;
    public static final int MAX_COUNT = 50;
    public static final int MAX_SESSION = 20;
    static final String DECK = "Distributed systems";

    private final Reads reads;

    StudyResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Path("/flashcards")
    @Produces({MediaType.APPLICATION_JSON, AnkiExport.MEDIA_TYPE})
    @Operation(
            operationId = "listFlashcards",
            summary = "Flashcards derived from the graph",
            description = "Cards of four kinds: definition (name to"
                    + " summary), reverse (the summary with the name and aliases masked, to the name), relation (how two concepts"
                    + " relate, answered by the relation's label and reason) and contrast (X vs. Y from CONTRASTS_WITH). Concept"
                    + " cards for each selected concept, relation and contrast cards for each relation with an end among them."
                    + " Ordered by learning order: a card comes after the prerequisites of its concepts. Each card's id is a hash"
                    + " of its kind, its source and the source's text, so it stays the same across calls and revisions while the"
                    + " source is unchanged. With format=anki or Accept: text/tab-separated-values the same cards come as an"
                    + " Anki import file whose guid column is the card id, so importing it again updates the notes.")
    @APIResponse(
            responseCode = "200",
            description = "The cards",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Deck.class),
                        examples = @ExampleObject(name = "vector-clock", value = """
                        {"concepts":1,"total":2,"kinds":["definition","contrast"],"items":[
                        {"id":"def-0b6f3c2e9d41a7f85c10","kind":"definition","front":"Vector clock","back":"A vector of counters, one per process, ...",
                        "conceptIds":["vector-clock"],"tags":["definition","logical-clocks"],"source":{"type":"concept","concept":"vector-clock"}},
                        {"id":"con-51e2a8d07c4b93f6a1e2","kind":"contrast","front":"Lamport timestamp vs. Vector clock","back":"...",
                        "conceptIds":["lamport-timestamp","vector-clock"],"tags":["contrast","logical-clocks"],
                        "source":{"type":"relation","relation":"CONTRASTS_WITH","from":"lamport-timestamp","to":"vector-clock"}}]}""")),
                @Content(
                        mediaType = AnkiExport.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "anki",
                                        value =
                                                "#separator:tab\n#html:true\n#notetype:Basic\n#deck:Distributed systems\n"
                                                        + "#columns:guid\tFront\tBack\tTags\n#guid column:1\n#tags column:4\n"
                                                        + "def-0b6f3c2e9d41a7f85c10\tVector clock\tA vector of counters, one per process, ...\tdefinition logical-clocks\n"))
            })
    public Response flashcards(
            @Parameter(description = "Only concepts in this topic or its subtopics", example = "logical-clocks")
                    @QueryParam("topic")
                    @ConceptId
                    String topic,
            @Parameter(
                            description = "Only these concepts, comma-separated (at most " + MAX_CONCEPTS
                                    + "; with topic: both)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples =
                                    @ExampleObject(
                                            name = "concepts",
                                            value = "[\"vector-clock\",\"lamport-timestamp\"]"))
                    @QueryParam("concepts")
                    String concepts,
            @Parameter(description = "Add the transitive prerequisites of the selected concepts", example = "true")
                    @QueryParam("withPrerequisites")
                    @DefaultValue("false")
                    boolean withPrerequisites,
            @Parameter(
                            description =
                                    "Card kinds, comma-separated: definition, reverse, relation, contrast (default: all)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples = @ExampleObject(name = "kinds", value = "[\"definition\",\"contrast\"]"))
                    @QueryParam("kinds")
                    String kinds,
            @Parameter(
                            description =
                                    "json (default) or anki: an Anki import file (as Accept: text/tab-separated-values)",
                            example = "anki")
                    @QueryParam("format")
                    StudyModels.CardFormat format,
            @Context HttpHeaders headers) {
        String topicId = blankToNull(topic);
        List<String> conceptIds = Params.ids("concepts", concepts, MAX_CONCEPTS);
        boolean prerequisites = withPrerequisites;
        List<String> kindList = Params.oneOf("kinds", kinds, Flashcards.KINDS);
        boolean anki = anki(format, headers);
        if (!anki) {
            // the same URL answers JSON or an Anki file by Accept: tell caches so
            return Response.ok(reads.read(view -> deck(view, topicId, conceptIds, prerequisites, kindList)))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
        String text = reads.pinned("anki.", view -> {
            Deck deck = deck(view, topicId, conceptIds, prerequisites, kindList);
            String name = topicId == null
                    ? DECK
                    : DECK + "::" + TopicTrees.find(view, topicId).orElseThrow().name();
            return AnkiExport.text(name, deck.items());
        });
        return Response.ok(text)
                .type(AnkiExport.MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dsgraph-flashcards.txt\"")
                .build();
    }

    private static Deck deck(
            GraphView view, String topic, List<String> concepts, boolean prerequisites, List<String> kinds) {
        StudyIndex index = StudyIndex.of(view);
        Set<String> selected = select(view, index, topic, concepts, prerequisites);
        List<Flashcard> cards = Flashcards.cards(index, selected, kinds, false);
        return new Deck(selected.size(), cards.size(), kinds, cards);
    }

    @GET
    @Path("/quiz")
    @Operation(
            operationId = "getQuiz",
            summary = "A multiple-choice quiz",
            description = "Questions with four options and exactly one correct"
                    + " (answer is its index), and an explanation citing the relation's reason. Kinds: describe (which concept a"
                    + " masked summary describes), relation (which relation holds between two concepts), prerequisite (what a"
                    + " concept is a direct prerequisite of), contrast (X vs. which concept). Distractors come first from the"
                    + " answer's topics, its IS_A siblings and contrasted concepts, and each is wrong according to the graph: not"
                    + " the concept described, no relation of that type between the two, not unlocked by the concept at all, not"
                    + " contrasted with it. The same parameters and seed give the same quiz; no question repeats, and the kinds"
                    + " take turns. A selection that cannot make count questions gets 422 saying how many it can make.")
    @APIResponse(
            responseCode = "200",
            description = "The quiz",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Quiz.class),
                            examples = @ExampleObject(name = "logical-clocks", value = """
                    {"seed":7,"count":1,"available":48,"kinds":["describe","relation","prerequisite","contrast"],"items":[
                    {"id":"q-3f0c9e21d8a7b6c5e4f3","kind":"prerequisite","question":"Logical clock is a direct prerequisite of which of these?",
                    "options":[{"text":"Physical clock","ref":"physical-clock"},{"text":"Lamport timestamp","ref":"lamport-timestamp"},
                    {"text":"Clock skew","ref":"clock-skew"},{"text":"Clock drift","ref":"clock-drift"}],"answer":1,
                    "explanation":"Logical clock prerequisite of Lamport timestamp: ...","conceptIds":["logical-clock","lamport-timestamp"],
                    "source":{"type":"relation","relation":"PREREQUISITE_OF","from":"logical-clock","to":"lamport-timestamp"}}]}""")))
    @APIResponse(
            responseCode = "422",
            description = "The selection cannot make count questions of the kinds asked;"
                    + " the detail and errors[0].available say how many it can",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too-small", value = """
                    {"type":"https://dsgraph.dev/problems/quiz-too-small","title":"Not enough questions","status":422,
                    "detail":"The selection can make 7 questions of the kinds asked, not 20: ask for count at most 7",
                    "instance":"/api/v1/study/quiz","parameter":"count","errors":[{"parameter":"count","available":7}]}""")))
    public Quiz quiz(
            @Parameter(
                            description = "Only questions about concepts in this topic or its subtopics",
                            example = "logical-clocks")
                    @QueryParam("topic")
                    @ConceptId
                    String topic,
            @Parameter(
                            description = "Only questions about these concepts, comma-separated (at most "
                                    + MAX_CONCEPTS + "; with topic: both)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples = @ExampleObject(name = "concepts", value = "[\"vector-clock\"]"))
                    @QueryParam("concepts")
                    String concepts,
            @Parameter(description = "Number of questions, 1 to " + MAX_COUNT, example = "5")
                    @QueryParam("count")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(MAX_COUNT)
                    int count,
            @Parameter(
                            description =
                                    "Seed of the choice and order of questions and options: the same seed gives the same quiz",
                            example = "7")
                    @QueryParam("seed")
                    @DefaultValue("1")
                    @Min(0)
                    int seed,
            @Parameter(
                            description =
                                    "Question kinds, comma-separated: describe, relation, prerequisite, contrast (default: all)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples = @ExampleObject(name = "kinds", value = "[\"describe\",\"contrast\"]"))
                    @QueryParam("kinds")
                    String kinds) {
        String topicId = blankToNull(topic);
        List<String> conceptIds = Params.ids("concepts", concepts, MAX_CONCEPTS);
        int n = count;
        int s = seed;
        List<String> kindList = Params.oneOf("kinds", kinds, Quizzes.KINDS);
        return reads.read(view -> {
            StudyIndex index = StudyIndex.of(view);
            List<Question> candidates =
                    Quizzes.candidates(index, select(view, index, topicId, conceptIds, false), kindList, s);
            if (candidates.size() < n) {
                throw ProblemException.of(
                        ProblemType.QUIZ_TOO_SMALL,
                        "count",
                        "The selection can make "
                                + candidates.size() + " questions of the kinds asked, not " + n
                                + (candidates.isEmpty() ? "" : ": ask for count at most " + candidates.size()),
                        List.of(Map.of("parameter", "count", "available", candidates.size())));
            }
            return new Quiz(s, n, candidates.size(), kindList, Quizzes.pick(candidates, n, s));
        });
    }

    @GET
    @Path("/plan")
    @Operation(
            operationId = "getStudyPlan",
            summary = "A study plan towards a goal concept",
            description = "The learning path to the goal (as"
                    + " /concepts/{id}/learning-path orders it: prerequisites first, known concepts and what only they lead to"
                    + " left out), the goal last, split into sessions of sessionSize concepts. Each session carries the"
                    + " flashcards of its concepts and the relation and contrast cards between concepts of the plan that it"
                    + " completes (a card sits in the session of the later of its two concepts).")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StudyModels.Plan.class),
                            examples = @ExampleObject(name = "lamport-timestamp", value = """
                    {"goal":"lamport-timestamp","name":"Lamport timestamp","known":["partial-order"],"sessionSize":2,"concepts":3,"flashcards":9,
                    "sessions":[{"number":1,"concepts":[{"id":"causality","name":"Causality","summary":"..."},
                    {"id":"logical-clock","name":"Logical clock","summary":"..."}],"flashcards":[
                    {"id":"def-2a7c1e0b9f8d6c5b4a39","kind":"definition","front":"Causality","back":"...","conceptIds":["causality"],
                    "tags":["definition","logical-clocks"],"source":{"type":"concept","concept":"causality"}}]},
                    {"number":2,"concepts":[{"id":"lamport-timestamp","name":"Lamport timestamp","summary":"..."}],"flashcards":[]}]}""")))
    public StudyModels.Plan plan(
            @Parameter(description = "Concept to learn", required = true, example = "vector-clock")
                    @QueryParam("goal")
                    @NotBlank(message = "is required")
                    @ConceptId
                    String goal,
            @Parameter(
                            description = "Concept ids the learner already knows, comma-separated (at most "
                                    + MAX_CONCEPTS + ")",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples = @ExampleObject(name = "known", value = "[\"partial-order\"]"))
                    @QueryParam("known")
                    String known,
            @Parameter(description = "Concepts per session, 1 to " + MAX_SESSION, example = "3")
                    @QueryParam("sessionSize")
                    @DefaultValue("5")
                    @Min(1)
                    @Max(MAX_SESSION)
                    int sessionSize) {
        List<String> knownIds = Params.ids("known", known, MAX_CONCEPTS);
        return reads.read(view -> {
            for (String k : knownIds) {
                requireConcept(view, "known", k);
            }
            return StudyPlans.plan(StudyIndex.of(view), goal, knownIds, sessionSize)
                    .orElseThrow(() -> NotFound.concept(goal));
        });
    }

    private static Set<String> select(
            GraphView view, StudyIndex index, String topic, List<String> concepts, boolean prerequisites) {
        Set<String> topics = null;
        if (topic != null) {
            topics = TopicTrees.subtree(view, topic);
            if (topics == null) {
                throw NotFound.topic(topic);
            }
        }
        for (String c : concepts) {
            requireConcept(view, "concepts", c);
        }
        return index.select(topics, concepts, prerequisites);
    }

    private static void requireConcept(GraphView view, String parameter, String id) {
        if (view.info(id) == null) {
            throw NotFound.concept(id);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Anki when format=anki, or when no format is given and the client prefers tab-separated values to JSON. */
    private static boolean anki(StudyModels.CardFormat format, HttpHeaders headers) {
        if (format != null) {
            return format == StudyModels.CardFormat.anki;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf(AnkiExport.MEDIA_TYPE))) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
