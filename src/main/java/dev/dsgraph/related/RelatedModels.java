package dev.dsgraph.related;

import dev.dsgraph.support.Explained;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records the related-concepts endpoint sends. */
public final class RelatedModels {

    private RelatedModels() {}

    /** How the ranking was computed. */
    @Schema(name = "RankingAlgorithm", description = "The ranking algorithm and the parameters it ran with")
    public record Algorithm(
            @Schema(examples = "degree-damped-type-weighted-path-sum")
            String name,

            @Schema(description = "The score formula") String formula,
            @Schema(examples = "2") int maxDepth,
            @Schema(description = "Relation types followed") List<String> types,

            @Schema(description = "Factor applied once per hop beyond the first", examples = "0.5")
            double hopDecay,

            @Schema(
                    description = "Paths are not continued through a concept with more relations than this",
                    examples = "500")
            int maxExpandedDegree,

            @Schema(examples = "10") int limit) {}

    /** One related concept. */
    @Schema(
            name = "RelatedTopic",
            description = "A related concept, its score, distance and the best path explaining it")
    public record RelatedTopic(
            @Schema(examples = "causality") String id,
            @Schema(examples = "Causality") String name,
            String summary,

            @Schema(description = "Sum of the contributions of every connecting path", examples = "0.765")
            double score,

            @Schema(description = "Fewest relations between the two concepts", examples = "1")
            int distance,

            @Schema(description = "Number of connecting paths counted in the score", examples = "3")
            int paths,

            @Schema(description = "The connecting path that contributes most")
            Explained explanation) {}

    /** The answer of the related endpoint. */
    @Schema(name = "RelatedResult")
    public record RelatedResult(
            @Schema(examples = "vector-clock") String concept, Algorithm algorithm, List<RelatedTopic> items) {}
}
