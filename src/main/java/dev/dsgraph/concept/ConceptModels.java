package dev.dsgraph.concept;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dsgraph.support.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records the concept endpoints send. */
public final class ConceptModels {

    private ConceptModels() {}

    /** A concept in a list. */
    @Schema(name = "ConceptSummary", description = "A concept in a list")
    public record ConceptSummary(
            @Schema(examples = "vector-clock") String id,
            @Schema(examples = "Vector clock") String name,

            @Schema(
                    examples =
                            "A vector of per-process counters that captures exactly which events causally precede which.")
            String summary,

            @Schema(description = "Ids of the topics (study-sheet sections) the concept belongs to")
            List<String> topics,

            List<String> tags) {}

    /** One page of concepts. */
    @Schema(name = "ConceptPage", description = "One page of concepts, sorted by name")
    public record ConceptPage(
            List<ConceptSummary> items,

            @Schema(description = "Page number, from 1", examples = "1")
            int page,

            @Schema(description = "Page size asked for", examples = "20")
            int size,

            @Schema(description = "Number of concepts matching the filters", examples = "134")
            long total) {}

    /** A reference to a topic. */
    @Schema(name = "TopicRef")
    public record TopicRef(
            @Schema(examples = "vector-clock") String id,
            @Schema(examples = "Vector Clock") String name) {}

    /** A fact too small for its own node. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Figure", description = "A key figure with its unit")
    public record Figure(
            @Schema(examples = "main memory access") String name,
            @Schema(examples = "100") double value,
            @Schema(examples = "ns") String unit,
            String note) {}

    /** The other end of a relation, seen from the concept. */
    @Schema(name = "RelatedConcept", description = "The concept at the other end of a relation, with why it holds")
    public record RelatedConcept(
            @Schema(examples = "causality") String id,
            @Schema(examples = "Causality") String name,

            @Schema(description = "Why the relation holds, for a learner")
            String reason,

            @Schema(description = "Strength of the relation, in (0,1]", examples = "0.9")
            double weight) {}

    /** The relations of one type in one direction. */
    @Schema(name = "RelationGroup", description = "Relations of one type and direction")
    public record RelationGroup(
            @Schema(examples = "IMPLEMENTS") String type,

            @Schema(
                    description =
                            "outgoing (this concept is the source), incoming (it is the target) or both (symmetric type)",
                    enumeration = {"outgoing", "incoming", "both"})
            String direction,

            @Schema(
                    description =
                            "How to read the group from this concept: the type's label, or its inverse for incoming",
                    examples = "implements")
            String label,

            List<RelatedConcept> concepts) {}

    /** A concept with everything known about it. */
    @Schema(name = "Concept", description = "A concept with all its fields and its relations grouped by type")
    public record Concept(
            @Schema(examples = "vector-clock") String id,
            @Schema(examples = "Vector clock") String name,

            @Schema(examples = "[\"vector clocks\", \"version vector\"]")
            List<String> aliases,

            @Schema(
                    examples =
                            "A vector of per-process counters that captures exactly which events causally precede which.")
            String summary,

            @Schema(description = "A longer explanation") String details,
            List<TopicRef> topics,
            List<String> tags,
            List<String> examples,
            List<Figure> figures,

            @Schema(
                    description =
                            "Where the concept comes from: seed (graph-seed files) or api (written through the API)",
                    enumeration = {"seed", "api"})
            String origin,

            @Schema(description = "Bumped by every write to the concept or its relations", examples = "1")
            long version,

            List<RelationGroup> relations)
            implements Versioned {}
}
