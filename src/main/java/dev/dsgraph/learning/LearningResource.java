package dev.dsgraph.learning;

import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Params;
import dev.dsgraph.support.Reads;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
public class LearningResource {

    public static final int MAX_KNOWN = 100;

    private final Reads reads;

    LearningResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Path("/learning-path")
    @Operation(
            summary = "What to learn first",
            description = "Everything to learn before the concept, in dependency"
                    + " order: levels of a topological order over PREREQUISITE_OF (level 1 needs nothing else on the path). Concepts"
                    + " the learner already knows are left out, and so is everything reachable only through them.")
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
                            example = "partial-order,latency")
                    @QueryParam("known")
                    String known) {
        List<String> knownIds = Params.ids("known", known, MAX_KNOWN);
        return reads.read(view -> {
            var path = LearningPaths.learningPath(view, id, knownIds).orElseThrow(() -> NotFound.concept(id));
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
            summary = "What a concept unlocks",
            description = "Every concept this one is a prerequisite for, directly"
                    + " (distance 1) and transitively, sorted by distance and id.")
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
            @Parameter(description = "Concept id", example = "causality") @PathParam("id") @ConceptId String id) {
        return reads.read(view -> LearningPaths.unlocks(view, id).orElseThrow(() -> NotFound.concept(id)));
    }
}
