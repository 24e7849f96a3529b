package dev.dsgraph.learning;

import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Params;
import dev.dsgraph.support.Reads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

/** Learning paths over PREREQUISITE_OF, and their inverse. */
@Path("/api/v1/concepts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning")
class LearningResource {

    public static final int MAX_KNOWN = 100;

    /** Most concepts one answer lists (a synthetic graph gives some concepts tens of thousands). */
    public static final int MAX_LIMIT = 1000;

    public static final int DEFAULT_LIMIT = 200;

    private final Reads reads;

    LearningResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Path("/learning-path")
    @Operation(
            operationId = "getLearningPath",
            summary = "What to learn first",
            description = "Everything to learn before the concept, in dependency"
                    + " order: levels of a topological order over PREREQUISITE_OF (level 1 needs nothing else on the path). Concepts"
                    + " the learner already knows are left out, and so is everything reachable only through them. At most"
                    + " `limit` concepts are listed: the start of the study order, a valid order on its own; `total` counts"
                    + " them all.")
    @APIResponse(
            responseCode = "200",
            description = "The learning path",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LearningModels.LearningPath.class),
                            examples = @ExampleObject(name = "vector-clock", value = """
                    {"concept":"vector-clock","name":"Vector clock","known":["partial-order"],"skipped":["partial-order","total-order"],
                    "total":3,"order":["causality","logical-clock","lamport-timestamp"],"levels":[
                    {"level":1,"concepts":[{"id":"causality","name":"Causality","summary":"...","level":1,"requires":[]}]},
                    {"level":2,"concepts":[{"id":"logical-clock","name":"Logical clock","summary":"...","level":2,"requires":["causality"]}]},
                    {"level":3,"concepts":[{"id":"lamport-timestamp","name":"Lamport timestamp","summary":"...","level":3,"requires":["logical-clock"]}]}]}""")))
    public LearningModels.LearningPath learningPath(
            @Parameter(description = "Concept to learn", example = "vector-clock") @PathParam("id") @ConceptId
                    String id,
            @Parameter(
                            description = "Concept ids the learner already knows, comma-separated (at most " + MAX_KNOWN
                                    + ")",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples = @ExampleObject(name = "known", value = "[\"partial-order\",\"latency\"]"))
                    @QueryParam("known")
                    String known,
            @Parameter(description = "Most concepts to list, 1 to " + MAX_LIMIT, example = "50")
                    @QueryParam("limit")
                    @DefaultValue("" + DEFAULT_LIMIT)
                    @Min(1)
                    @Max(MAX_LIMIT)
                    int limit) {
        List<String> knownIds = Params.ids("known", known, MAX_KNOWN);
        return reads.read(view -> {
            var path = LearningPaths.learningPath(view, id, knownIds, limit).orElseThrow(() -> NotFound.concept(id));
            for (String k : knownIds) {
                if (view.info(k) == null) {
                    throw NotFound.concept(k);
                }
            }
            return path;
        });
    }

    @GET
    @Path("/unlocks")
    @Operation(
            operationId = "listUnlocks",
            summary = "What a concept unlocks",
            description = "Every concept this one is a prerequisite for, directly"
                    + " (distance 1) and transitively, sorted by distance and id; the first `limit` of them, while `total`"
                    + " and `direct` count them all.")
    @APIResponse(
            responseCode = "200",
            description = "The unlocked concepts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LearningModels.Unlocks.class),
                            examples = @ExampleObject(name = "causality", value = """
                    {"concept":"causality","name":"Causality","direct":1,"total":3,"items":[
                    {"id":"logical-clock","name":"Logical clock","distance":1,"direct":true},
                    {"id":"lamport-timestamp","name":"Lamport timestamp","distance":2,"direct":false},
                    {"id":"vector-clock","name":"Vector clock","distance":3,"direct":false}]}""")))
    public LearningModels.Unlocks unlocks(
            @Parameter(description = "Concept id", example = "causality") @PathParam("id") @ConceptId String id,
            @Parameter(description = "Most concepts to list, 1 to " + MAX_LIMIT, example = "50")
                    @QueryParam("limit")
                    @DefaultValue("" + DEFAULT_LIMIT)
                    @Min(1)
                    @Max(MAX_LIMIT)
                    int limit) {
        return reads.read(view -> LearningPaths.unlocks(view, id, limit).orElseThrow(() -> NotFound.concept(id)));
    }
}
