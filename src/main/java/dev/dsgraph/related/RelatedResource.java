package dev.dsgraph.related;

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

/** Related concepts, ranked and explained. */
@Path("/api/v1/concepts/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Related concepts")
class RelatedResource {

    public static final int MAX_LIMIT = 50;
    public static final int MAX_DEPTH = 3;

    private final Reads reads;

    RelatedResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "listRelated",
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
    public RelatedModels.RelatedResult related(
            @Parameter(description = "Concept id", example = "vector-clock") @PathParam("id") @ConceptId String id,
            @Parameter(description = "Most concepts to return, 1 to " + MAX_LIMIT, example = "10")
                    @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(MAX_LIMIT)
                    int limit,
            @Parameter(
                            description = "Relation types to follow, comma-separated (default: all)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples =
                                    @ExampleObject(
                                            name = "types",
                                            value = "[\"IMPLEMENTS\",\"IS_A\",\"PREREQUISITE_OF\"]"))
                    @QueryParam("types")
                    String types,
            @Parameter(description = "Longest connecting path counted, 1 to " + MAX_DEPTH, example = "2")
                    @QueryParam("maxDepth")
                    @DefaultValue("2")
                    @Min(1)
                    @Max(MAX_DEPTH)
                    int maxDepth) {
        return reads.read(view -> {
            List<String> followed =
                    Params.relationTypes("types", types, view.types().keySet());
            return RelatedRanking.rank(view, id, limit, followed, maxDepth).orElseThrow(() -> NotFound.concept(id));
        });
    }
}
