package dev.dsgraph.graph;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/** The records the graph endpoint sends. */
public final class GraphModels {

    private GraphModels() {}

    /** A node of a subgraph. */
    @Schema(name = "GraphNode")
    public record Node(
            @Schema(examples = "causality") String id,
            @Schema(examples = "Causality") String name,

            @Schema(description = "Relations from the center", examples = "1")
            int distance,

            List<String> topics) {}

    /** An edge of a subgraph, in its stored direction. */
    @Schema(name = "GraphEdge")
    public record Edge(
            @Schema(examples = "vector-clock|IMPLEMENTS|causality")
            String id,

            @Schema(examples = "vector-clock") String source,
            @Schema(examples = "causality") String target,
            @Schema(examples = "IMPLEMENTS") String type,
            @Schema(examples = "implements") String label,
            boolean symmetric,
            String reason,
            @Schema(examples = "0.95") double weight) {}

    /** A neighbourhood in one of the formats. */
    public sealed interface Graph permits Subgraph, CytoscapeGraph {}

    /** The formats a neighbourhood is answered in. */
    @Schema(name = "GraphFormat")
    public enum Format {
        plain,
        cytoscape
    }

    /** A plain subgraph. */
    @Schema(name = "Subgraph", description = "Nodes and edges around a concept")
    public record Subgraph(
            @Schema(required = true, examples = "vector-clock")
            String center,

            @Schema(examples = "1") int depth,

            @Schema(description = "True when the node cap cut the neighbourhood")
            boolean truncated,

            @Schema(required = true) List<Node> nodes,
            @Schema(required = true) List<Edge> edges)
            implements Graph {}

    /** Cytoscape.js elements JSON: {@code {elements: {nodes: [{data}], edges: [{data}]}}}. */
    @Schema(name = "CytoscapeGraph", description = "Cytoscape.js elements JSON")
    public record CytoscapeGraph(
            @Schema(required = true, description = "nodes and edges, each as {data: {...}}")
            CytoscapeElements elements) implements Graph {

        static CytoscapeGraph of(Subgraph g) {
            List<CytoscapeNode> nodes = new ArrayList<>(g.nodes().size());
            for (Node n : g.nodes()) {
                nodes.add(new CytoscapeNode(new CytoscapeNodeData(n.id(), n.name(), n.distance(), n.topics())));
            }
            List<CytoscapeEdge> edges = new ArrayList<>(g.edges().size());
            for (Edge e : g.edges()) {
                edges.add(new CytoscapeEdge(e));
            }
            return new CytoscapeGraph(new CytoscapeElements(nodes, edges));
        }
    }

    /** The elements of a Cytoscape.js graph. */
    @Schema(name = "CytoscapeElements")
    public record CytoscapeElements(
            @Schema(required = true) List<CytoscapeNode> nodes,
            @Schema(required = true) List<CytoscapeEdge> edges) {}

    /** A Cytoscape.js node element. */
    @Schema(name = "CytoscapeNode")
    public record CytoscapeNode(@Schema(required = true) CytoscapeNodeData data) {}

    /** A Cytoscape.js node's data: the concept, with its name as the label. */
    @Schema(name = "CytoscapeNodeData")
    public record CytoscapeNodeData(
            @Schema(examples = "causality") String id,
            @Schema(examples = "Causality") String label,

            @Schema(description = "Relations from the center", examples = "1")
            int distance,

            List<String> topics) {}

    /** A Cytoscape.js edge element: its data has the members of a plain edge. */
    @Schema(name = "CytoscapeEdge")
    public record CytoscapeEdge(@Schema(required = true) Edge data) {}
}
