package dev.dsgraph.support;

import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.relation.RelationReading;
import dev.dsgraph.relation.RelationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A path through the graph, told as concepts and the explained relations between them. */
@Schema(name = "ExplainedPath", description = "Ordered concepts and the relations that connect them, with reasons")
public record Explained(
        @Schema(description = "Number of relations on the path", examples = "2")
        int length,

        List<Step> concepts,
        List<Link> relations) {

    /** A concept on a path. */
    @Schema(name = "PathConcept")
    public record Step(
            @Schema(examples = "causality") String id,
            @Schema(examples = "Causality") String name) {}

    /** A relation on a path, between the concepts at positions i and i+1. */
    @Schema(name = "PathRelation", description = "The relation between two consecutive concepts of a path")
    public record Link(
            @Schema(examples = "vector-clock") String from,
            @Schema(examples = "causality") String to,
            @Schema(examples = "IMPLEMENTS") String type,

            @Schema(
                    description = "forward when stored from 'from' to 'to', backward when stored the other way round",
                    enumeration = {"forward", "backward"})
            String direction,

            @Schema(
                    description = "How to read it from 'from' to 'to': the type's label, or its inverse when backward",
                    examples = "implements")
            String label,

            @Schema(description = "Why the relation holds") String reason,
            @Schema(examples = "0.9") double weight,

            @Schema(
                    description =
                            "Other relations between the same two concepts (a step is one pair of concepts, however"
                                    + " many relations join them): this one is the strongest (weight times type weight), these follow,"
                                    + " strongest first; empty for most steps",
                    implementation = Link[].class)
            List<Link> parallel) {}

    /** A relation on a path from {@code from} to {@code to}, read forwards when stored that way. */
    public static Link link(
            String from,
            String to,
            String type,
            boolean forward,
            String reason,
            double weight,
            Map<String, RelationType> types) {
        return new Link(
                from,
                to,
                type,
                forward ? "forward" : "backward",
                RelationReading.label(types, type, forward),
                reason == null ? "" : reason,
                weight,
                List.of());
    }

    /**
     * One step from {@code from} to the other end of {@code rels} (every relation between the two, each seen from
     * {@code from}): the strongest relation, with the others as its parallel relations.
     */
    public static Link step(String from, List<Rel> rels, Map<String, RelationType> types) {
        List<Rel> sorted = rels.stream().sorted(strongestFirst(types)).toList();
        Rel best = sorted.get(0);
        List<Link> parallel = sorted.subList(1, sorted.size()).stream()
                .map(r -> link(from, r.other(), r.type(), r.outgoing(), r.reason(), r.weight(), types))
                .toList();
        Link main = link(from, best.other(), best.type(), best.outgoing(), best.reason(), best.weight(), types);
        return new Link(
                main.from(),
                main.to(),
                main.type(),
                main.direction(),
                main.label(),
                main.reason(),
                main.weight(),
                parallel);
    }

    /** Relations by strength, weight times the type's weight (0.5 for a type outside the vocabulary), then type. */
    public static Comparator<Rel> strongestFirst(Map<String, RelationType> types) {
        return Comparator.comparingDouble((Rel r) -> -strength(r, types)).thenComparing(Rel::type);
    }

    /** A relation's weight times its type's weight. */
    public static double strength(Rel r, Map<String, RelationType> types) {
        RelationType def = types.get(r.type());
        return r.weight() * (def == null ? 0.5 : def.weight());
    }
}
