package dev.dsgraph.related;

import dev.dsgraph.support.CachedReads;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Related concepts, ranked and explained. */
@Path("/api/v1/concepts/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Related concepts")
public class RelatedResource {

    public static final int MAX_LIMIT = 50;
    public static final int MAX_DEPTH = 3;

    private final CachedReads reads;

    RelatedResource(CachedReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            summary = "Related concepts, ranked and explained",
            description = "Concepts around this one, ranked by a"
                    + " deterministic score: " + RelatedRanking.FORMULA
                    + ". Each comes with its score, its distance and the"
                    + " connecting path that contributes most, with relation types and reasons. The response echoes the algorithm"
                    + " and its parameters. Ties are broken by id.")
    @APIResponse(
            responseCode = "200",
            description = "Related concepts, best first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RelatedModels.RelatedResult.class),
                            examples = @ExampleObject(name = "vector-clock", value = """
                    {"concept":"vector-clock","algorithm":{"name":"degree-damped-type-weighted-path-sum","formula":"score(t) = ...",
                    "maxDepth":2,"types":["CAUSES","IMPLEMENTS"],"hopDecay":0.5,"limit":1},
                    "items":[{"id":"causality","name":"Causality","summary":"Whether one event could have influenced another.",
                    "score":0.8075,"distance":1,"paths":4,"explanation":{"length":1,"concepts":[{"id":"vector-clock","name":"Vector clock"},
                    {"id":"causality","name":"Causality"}],"relations":[{"from":"vector-clock","to":"causality","type":"IMPLEMENTS",
                    "direction":"forward","label":"implements","reason":"Comparing two vectors tells whether one event happened before the other.","weight":0.95}]}}]}""")))
    public Response related(
            @Parameter(description = "Concept id", example = "vector-clock") @PathParam("id") String id,
            @Parameter(
                            description = "Most concepts to return, 1 to " + MAX_LIMIT,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "50",
                                            defaultValue = "10"),
                            example = "10")
                    @QueryParam("limit")
                    String limit,
            @Parameter(
                            description = "Relation types to follow, comma-separated (default: all)",
                            example = "IMPLEMENTS,IS_A,PREREQUISITE_OF")
                    @QueryParam("types")
                    String types,
            @Parameter(
                            description = "Longest connecting path counted, 1 to " + MAX_DEPTH,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "3",
                                            defaultValue = "2"),
                            example = "2")
                    @QueryParam("maxDepth")
                    String maxDepth,
            @Context Request request,
            @Context UriInfo uri) {
        String conceptId = Params.id("id", id);
        int n = Params.integer("limit", limit, 10, 1, MAX_LIMIT);
        int depth = Params.integer("maxDepth", maxDepth, 2, 1, MAX_DEPTH);
        return reads.get(request, view -> {
            List<String> followed =
                    Params.relationTypes("types", types, view.types().keySet());
            return RelatedRanking.rank(view, conceptId, n, followed, depth)
                    .orElseThrow(() -> NotFound.concept(conceptId));
        });
    }
}
