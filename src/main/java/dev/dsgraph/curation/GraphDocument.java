package dev.dsgraph.curation;

import dev.dsgraph.curation.CurationModels.FigureInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A graph-seed document as the spec declares it: what {@code GET /export} answers and {@code POST /import} takes. Only
 * the spec reads these types (the resource sends and reads JSON trees); graph-seed/schema.json
 * ({@code #/$defs/seedDocument}) is the definition the import validates against.
 */
@Schema(
        name = "GraphDocument",
        description =
                "A document in the graph-seed format (graph-seed/schema.json, #/$defs/seedDocument). An export has"
                        + " all four members; an import may send any of them.")
record GraphDocument(
        List<SeedRelationType> relationTypes,
        List<SeedTopic> topics,
        List<SeedConcept> concepts,
        List<SeedRelation> relations) {

    /** A relation type of the vocabulary. */
    @Schema(name = "SeedRelationType")
    record SeedRelationType(
            @Schema(required = true, examples = "USED_IN") String type,

            @Schema(required = true, description = "Reading from -> to", examples = "used in")
            String label,

            @Schema(required = true, description = "Reading to -> from", examples = "uses")
            String inverse,

            @Schema(required = true) String description,
            @Schema(required = true) boolean symmetric,
            @Schema(required = true) boolean acyclic,

            @Schema(required = true, description = "Default weight, in (0,1]", examples = "0.7")
            double weight) {}

    /** A topic of the study sheet. */
    @Schema(name = "SeedTopic")
    record SeedTopic(
            @Schema(required = true, examples = "hashing") String id,
            @Schema(required = true, examples = "Hashing") String name,

            @Schema(
                    description = "Id of the enclosing topic; absent only for the root",
                    examples = "distributed-systems")
            String parent,

            String description) {}

    /** A concept. */
    @Schema(name = "SeedConcept")
    record SeedConcept(
            @Schema(required = true, examples = "bloom-filter")
            String id,

            @Schema(required = true, examples = "Bloom filter")
            String name,

            List<String> aliases,
            @Schema(required = true) String summary,
            String details,

            @Schema(required = true, examples = "[\"hashing\"]")
            List<String> topics,

            List<String> tags,
            List<String> examples,
            List<FigureInput> figures) {}

    /** A relation, in its stored direction. */
    @Schema(name = "SeedRelation")
    record SeedRelation(
            @Schema(required = true, examples = "bloom-filter")
            String from,

            @Schema(required = true, examples = "USED_IN") String type,
            @Schema(required = true, examples = "caching") String to,
            @Schema(required = true) String reason,
            @Schema(required = true, examples = "0.8") double weight) {}
}
