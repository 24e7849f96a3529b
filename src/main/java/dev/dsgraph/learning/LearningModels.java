package dev.dsgraph.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records the learning-path and unlocks endpoints send. */
public final class LearningModels {

    private LearningModels() {}

    /** A concept to learn, with its direct prerequisites among those to learn. */
    @Schema(name = "LearningStep", description = "A concept to learn and its direct prerequisites")
    public record Step(
            @Schema(examples = "causality") String id,
            @Schema(examples = "Causality") String name,
            String summary,

            @Schema(
                    description = "Its level: 1 needs nothing else on the path; level n needs something of level n-1",
                    examples = "2")
            int level,

            @Schema(description = "Direct prerequisites that are on the path (not known already)")
            List<String> requires) {}

    /** One level of the topological order. */
    @Schema(
            name = "LearningLevel",
            description = "Concepts that can be learned together once the earlier levels are known")
    public record Level(@Schema(examples = "1") int level, List<Step> concepts) {}

    /** What to learn before a concept. */
    @Schema(name = "LearningPath", description = "Everything to learn before a concept, in dependency order")
    public record LearningPath(
            @Schema(examples = "vector-clock") String concept,
            @Schema(examples = "Vector clock") String name,

            @Schema(description = "Concepts the learner said they know")
            List<String> known,

            @Schema(description = "Prerequisites left out: known ones and those reachable only through known ones")
            List<String> skipped,

            @Schema(
                    description = "Number of concepts to learn first, all of them (`order` lists at most `limit`)",
                    examples = "4")
            int total,

            @Schema(description = "The concepts in one valid study order (levels flattened, ids sorted within a level)")
            List<String> order,

            List<Level> levels) {}

    /** A concept unlocked by another. */
    @Schema(name = "Unlocked", description = "A concept that needs this one, directly or transitively")
    public record Unlocked(
            @Schema(examples = "lamport-timestamp") String id,
            @Schema(examples = "Lamport timestamp") String name,

            @Schema(description = "Fewest prerequisite steps from the concept: 1 is direct", examples = "1")
            int distance,

            @Schema(description = "True when this concept is a direct prerequisite of it")
            boolean direct) {}

    /** What a concept unlocks. */
    @Schema(name = "Unlocks", description = "Concepts this one is a prerequisite for")
    public record Unlocks(
            @Schema(examples = "causality") String concept,
            @Schema(examples = "Causality") String name,

            @Schema(description = "How many it unlocks directly", examples = "2")
            int direct,

            @Schema(description = "How many it unlocks in all (`items` lists at most `limit`)", examples = "5")
            int total,

            @Schema(description = "Sorted by distance, then id")
            List<Unlocked> items) {}
}
