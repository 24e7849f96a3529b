package dev.dsgraph.support;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.neo4j.driver.Value;

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

    /**
     * Builds a path from Cypher values: {@code nodes} as maps with id and name, {@code rels} as maps with type,
     * start (id of the stored start node), reason and weight.
     */
    public static Explained of(List<Value> nodes, List<Value> rels, LabelLookup labels) {
        List<Step> steps = new ArrayList<>();
        nodes.forEach(n -> steps.add(new Step(n.get("id").asString(), n.get("name").asString())));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < rels.size(); i++) {
            Value r = rels.get(i);
            String from = steps.get(i).id();
            String to = steps.get(i + 1).id();
            String type = r.get("type").asString();
            boolean forward = r.get("start").asString().equals(from);
            links.add(new Link(from, to, type, forward ? "forward" : "backward", labels.label(type, forward),
                    r.get("reason").asString(""), r.get("weight").asDouble(1.0)));
        }
        return new Explained(links.size(), steps, links);
    }

    /** How a relation type reads forwards and backwards. */
    @FunctionalInterface
    public interface LabelLookup {
        String label(String type, boolean forward);
    }
}
