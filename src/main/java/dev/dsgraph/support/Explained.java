package dev.dsgraph.support;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.dsgraph.relation.RelationType;
import java.util.Map;

/** A path through the graph, told as concepts and the explained relations between them. */
@Schema(name = "ExplainedPath", description = "Ordered concepts and the relations that connect them, with reasons")
public record Explained(
        @Schema(description = "Number of relations on the path", examples = "2") int length,
        List<Step> concepts,
        List<Link> relations) {

    /** A concept on a path. */
    @Schema(name = "PathConcept")
    public record Step(@Schema(examples = "causality") String id, @Schema(examples = "Causality") String name) {
    }

    /** A relation on a path, between the concepts at positions i and i+1. */
    @Schema(name = "PathRelation", description = "The relation between two consecutive concepts of a path")
    public record Link(
            @Schema(examples = "vector-clock") String from,
            @Schema(examples = "causality") String to,
            @Schema(examples = "IMPLEMENTS") String type,
            @Schema(description = "forward when stored from 'from' to 'to', backward when stored the other way round",
                    enumeration = {"forward", "backward"}) String direction,
            @Schema(description = "How to read it from 'from' to 'to': the type's label, or its inverse when backward",
                    examples = "implements") String label,
            @Schema(description = "Why the relation holds") String reason,
            @Schema(examples = "0.9") double weight) {
    }

    /** A relation on a path from {@code from} to {@code to}, read forwards when stored that way. */
    public static Link link(String from, String to, String type, boolean forward, String reason, double weight,
            Map<String, RelationType> types) {
        return new Link(from, to, type, forward ? "forward" : "backward", label(types.get(type), type, forward),
                reason == null ? "" : reason, weight);
    }

    /** How a relation type reads from its start node (forward) or its end node (backward); symmetric types read the same. */
    public static String label(RelationType def, String type, boolean forward) {
        if (def == null) {
            return type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return forward || def.symmetric() ? def.label() : def.inverse();
    }
}
