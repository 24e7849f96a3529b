package dev.dsgraph.graph;

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

/** A concept's neighbourhood as nodes and edges, for graph views. */
@Path("/api/v1/concepts/{id}/graph")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Graph views")
class GraphResource {

    public static final int MAX_DEPTH = 3;

    private final Reads reads;

    GraphResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "getGraph",
            summary = "Neighbourhood subgraph",
            description = "The concepts within `depth` relations of this one and"
                    + " every relation among them, as plain `{nodes, edges}` or, with `format=cytoscape`, as Cytoscape.js"
                    + " elements JSON. At most " + Neighbourhood.MAX_NODES
                    + " nodes (nearest first; `truncated` says when"
                    + " the cap cut it).")
    @APIResponse(
            responseCode = "200",
            description = "The subgraph",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GraphAnswer.class),
                            examples = {
                                @ExampleObject(name = "plain", value = """
                            {"center":"vector-clock","depth":1,"truncated":false,"nodes":[{"id":"vector-clock","name":"Vector clock","distance":0,"topics":["vector-clock"]},
                            {"id":"causality","name":"Causality","distance":1,"topics":["causality"]}],
                            "edges":[{"id":"vector-clock|IMPLEMENTS|causality","source":"vector-clock","target":"causality","type":"IMPLEMENTS",
                            "label":"implements","symmetric":false,"reason":"...","weight":0.95}]}"""),
                                @ExampleObject(name = "cytoscape", value = """
                            {"elements":{"nodes":[{"data":{"id":"vector-clock","label":"Vector clock","distance":0,"topics":["vector-clock"]}},
                            {"data":{"id":"causality","label":"Causality","distance":1,"topics":["causality"]}}],
                            "edges":[{"data":{"id":"vector-clock|IMPLEMENTS|causality","source":"vector-clock","target":"causality","type":"IMPLEMENTS",
                            "label":"implements","symmetric":false,"reason":"...","weight":0.95}}]}}""")
                            }))
    public GraphModels.Graph graph(
            @Parameter(description = "Center concept id", example = "vector-clock") @PathParam("id") @ConceptId
                    String id,
            @Parameter(description = "Relations to walk out from the center, 1 to " + MAX_DEPTH, example = "1")
                    @QueryParam("depth")
                    @DefaultValue("1")
                    @Min(1)
                    @Max(MAX_DEPTH)
                    int depth,
            @Parameter(
                            description = "Relation types to follow, comma-separated (default: all)",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                            examples = @ExampleObject(name = "types", value = "[\"PREREQUISITE_OF\",\"IS_A\"]"))
                    @QueryParam("types")
                    String types,
            @Parameter(description = "plain (default) or cytoscape", example = "cytoscape")
                    @QueryParam("format")
                    @DefaultValue("plain")
                    GraphModels.Format format) {
        return reads.read(view -> {
            List<String> followed =
                    Params.relationTypes("types", types, view.types().keySet());
            if (view.info(id) == null) {
                throw NotFound.concept(id);
            }
            GraphModels.Subgraph graph = Neighbourhood.of(
                    view,
                    id,
                    depth,
                    followed.isEmpty() ? view.types().keySet().stream().sorted().toList() : followed);
            return format == GraphModels.Format.cytoscape ? GraphModels.CytoscapeGraph.of(graph) : graph;
        });
    }
}
