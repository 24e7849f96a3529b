package dev.dsgraph.curation;

import dev.dsgraph.curation.CurationModels.FigureInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The body of PATCH as the spec declares it: a JSON Merge Patch of {@link CurationModels.ConceptInput}. Only the spec
 * reads this type (the resource applies the patch to a JSON tree); it exists so that generated clients get a typed body
 * whose optional fields can be sent as an explicit null, which is how a merge patch removes a field.
 */
@Schema(
        name = "ConceptPatch",
        description =
                "A JSON Merge Patch (RFC 7396) of a concept: a member replaces the field, null removes an optional"
                        + " field (aliases, details, tags, examples, figures), an absent member leaves the field as it is. name,"
                        + " summary and topics can be replaced but not removed; the patched concept is validated as a whole.")
record ConceptPatch(
        @Schema(description = "Optional; when given it must equal the id in the path", examples = "bloom-filter")
        String id,

        @Schema(examples = "Bloom filter") String name,

        @Schema(nullable = true, examples = "[\"bloom filters\"]")
        List<String> aliases,

        @Schema(examples = "A space-efficient probabilistic set.")
        String summary,

        @Schema(nullable = true) String details,

        @Schema(description = "Topic ids, at least one", examples = "[\"hashing\"]")
        List<String> topics,

        @Schema(nullable = true) List<String> tags,
        @Schema(nullable = true) List<String> examples,
        @Schema(nullable = true) List<FigureInput> figures) {}
