package dev.dsgraph.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records the topic endpoints send. */
public final class TopicModels {

    private TopicModels() {}

    /** A concept listed under a topic. */
    @Schema(name = "TopicConcept")
    public record ConceptRef(
            @Schema(examples = "consistent-hashing") String id,
            @Schema(examples = "Consistent hashing") String name,
            String summary) {}

    /** A topic in the hierarchy, with its subtopics. */
    @Schema(name = "TopicNode", description = "A section of the study sheet with its concepts and subtopics")
    public record TopicNode(
            @Schema(examples = "hashing") String id,
            @Schema(examples = "Hashing") String name,

            @Schema(description = "What the section covers; null when the seed gives none", nullable = true)
            String description,

            @Schema(description = "Concepts in this topic and all its subtopics", examples = "10")
            int conceptCount,

            @Schema(description = "Concepts directly in this topic")
            List<ConceptRef> concepts,

            @Schema(implementation = TopicNode[].class) List<TopicNode> children) {}

    /** The whole hierarchy. */
    @Schema(name = "TopicTree", description = "The study sheet's sections as a hierarchy")
    public record TopicTree(
            @Schema(description = "Root topics") List<TopicNode> items,

            @Schema(description = "Number of topics", examples = "36")
            int total) {}

    /** One topic with where it sits. */
    @Schema(name = "TopicDetail", description = "A topic with its ancestors, subtopics and concepts")
    public record TopicDetail(
            @Schema(examples = "consistent-hashing") String id,
            @Schema(examples = "Consistent Hashing") String name,

            @Schema(description = "What the section covers; null when the seed gives none", nullable = true)
            String description,

            @Schema(description = "Ancestors from the root down to the parent")
            List<TopicRef> ancestors,

            @Schema(description = "Direct subtopics") List<TopicRef> children,

            @Schema(description = "Concepts directly in this topic")
            List<ConceptRef> concepts,

            @Schema(description = "Concepts in this topic and all its subtopics", examples = "4")
            int conceptCount) {}

    /** A reference to a topic. */
    @Schema(name = "TopicLink")
    public record TopicRef(
            @Schema(examples = "hashing") String id,
            @Schema(examples = "Hashing") String name) {}
}
