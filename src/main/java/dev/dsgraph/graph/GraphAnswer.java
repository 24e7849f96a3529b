package dev.dsgraph.graph;

import dev.dsgraph.graph.GraphModels.CytoscapeElements;
import dev.dsgraph.graph.GraphModels.Edge;
import dev.dsgraph.graph.GraphModels.Node;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The graph answer as the spec declares it: one object whose members depend on {@code format}. Only the spec reads this
 * type. Not a oneOf of {@link GraphModels.Subgraph} and {@link GraphModels.CytoscapeGraph}: the two shapes share no
 * member a discriminator could name, so generated clients (Java) cannot tell them apart, and adding one would change
 * every answer.
 */
@Schema(
        name = "Graph",
        description = "A neighbourhood: with format=plain (the default) center, depth, truncated, nodes and edges; with"
                + " format=cytoscape only elements (Cytoscape.js elements JSON)")
record GraphAnswer(
        @Schema(description = "plain: the center concept", examples = "vector-clock")
        String center,

        @Schema(description = "plain: relations walked out from the center", examples = "1")
        Integer depth,

        @Schema(description = "plain: true when the node cap cut the neighbourhood")
        Boolean truncated,

        @Schema(description = "plain: the concepts") List<Node> nodes,

        @Schema(description = "plain: the relations among them")
        List<Edge> edges,

        @Schema(
                description = "cytoscape: {nodes: [{data: {id, label, distance, topics}}], edges: [{data: {id, source,"
                        + " target, type, label, symmetric, reason, weight}}]}")
        CytoscapeElements elements) {}
