package dev.dsgraph.path;

import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.Explained;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Params;
import dev.dsgraph.support.ProblemException;
import dev.dsgraph.support.Reads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** Shortest connecting paths between two concepts. */
@Path("/api/v1/paths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Paths")
class PathResource {

    public static final int MAX_LENGTH = 6;
    public static final int MAX_PATHS = 10;

    /** The shortest paths, in either direction of each relation, over the allowed types. */
    @Schema(name = "PathResult", description = "The shortest connecting paths, each with its concepts and relations")
    public record PathResult(
            @Schema(examples = "vector-clock") String from,
            @Schema(examples = "partial-order") String to,
            @Schema(examples = "6") int maxLength,
            @Schema(description = "Relation types followed") List<String> types,

            @Schema(
                    description = "Shortest paths, at most " + MAX_PATHS
                            + ", ordered by the ids along them; empty when none is" + " within maxLength")
            List<Explained> paths) {}

    private final Reads reads;

    PathResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "findPaths",
            summary = "Shortest paths between two concepts",
            description = "The shortest connecting routes between"
                    + " two concepts, following relations in either direction, each with its length, its ordered concepts and the"
                    + " relation of each step (type, direction, reason). A route is a sequence of concepts: when two concepts are"
                    + " joined by several relations, the step shows the strongest (weight times type weight) and lists the others"
                    + " under `parallel`, so no route appears twice. At most " + MAX_PATHS
                    + " routes of equal length, ordered by"
                    + " the ids along them.")
    @APIResponse(
            responseCode = "200",
            description = "The shortest paths",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PathResult.class),
                            examples = @ExampleObject(name = "vector-clock-to-partial-order", value = """
                    {"from":"vector-clock","to":"partial-order","maxLength":6,"types":["IMPLEMENTS","IS_A"],"paths":[{"length":2,
                    "concepts":[{"id":"vector-clock","name":"Vector clock"},{"id":"causality","name":"Causality"},{"id":"partial-order","name":"Partial order"}],
                    "relations":[{"from":"vector-clock","to":"causality","type":"IMPLEMENTS","direction":"forward","label":"implements","reason":"...","weight":0.95},
                    {"from":"causality","to":"partial-order","type":"IS_A","direction":"forward","label":"is a","reason":"...","weight":0.9}]}]}""")))
    public PathResult paths(
            @Parameter(description = "Start concept id", required = true, example = "vector-clock")
                    @QueryParam("from")
                    @NotBlank(message = "is required")
                    @ConceptId
                    String from,
            @Parameter(description = "End concept id", required = true, example = "partial-order")
                    @QueryParam("to")
                    @NotBlank(message = "is required")
                    @ConceptId
                    String to,
            @Parameter(description = "Longest path considered, 1 to " + MAX_LENGTH, example = "4")
                    @QueryParam("maxLength")
                    @DefaultValue("6")
                    @Min(1)
                    @Max(MAX_LENGTH)
                    int maxLength,
            @Parameter(
                            description = "Relation types to follow, comma-separated (default: all)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples = @ExampleObject(name = "types", value = "[\"IMPLEMENTS\",\"IS_A\"]"))
                    @QueryParam("types")
                    String types) {
        if (from.equals(to)) {
            throw ProblemException.badParameter(
                    "to", "from and to must be different concepts, both are '" + from + "'");
        }
        return reads.read(view -> {
            List<String> followed =
                    Params.relationTypes("types", types, view.types().keySet());
            List<String> allowed =
                    followed.isEmpty() ? view.types().keySet().stream().sorted().toList() : followed;
            if (view.info(from) == null) {
                throw NotFound.concept(from);
            }
            if (view.info(to) == null) {
                throw NotFound.concept(to);
            }
            return new PathResult(
                    from, to, maxLength, allowed, ShortestPaths.find(view, from, to, maxLength, allowed, MAX_PATHS));
        });
    }
}
