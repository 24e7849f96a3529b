package dev.dsgraph.graph;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            Map<String, List<Map<String, Object>>> elements)
            implements Graph {

        static CytoscapeGraph of(Subgraph g) {
            List<Map<String, Object>> nodes = g.nodes().stream()
                    .map(n -> {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("id", n.id());
                        data.put("label", n.name());
                        data.put("distance", n.distance());
                        data.put("topics", n.topics());
                        return Map.<String, Object>of("data", data);
                    })
                    .toList();
            List<Map<String, Object>> edges = g.edges().stream()
                    .map(e -> {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("id", e.id());
                        data.put("source", e.source());
                        data.put("target", e.target());
                        data.put("type", e.type());
                        data.put("label", e.label());
                        data.put("symmetric", e.symmetric());
                        data.put("reason", e.reason());
                        data.put("weight", e.weight());
                        return Map.<String, Object>of("data", data);
                    })
                    .toList();
            Map<String, List<Map<String, Object>>> elements = new LinkedHashMap<>();
            elements.put("nodes", nodes);
            elements.put("edges", edges);
            return new CytoscapeGraph(elements);
        }
    }
}
