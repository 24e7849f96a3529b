package dev.dsgraph.curation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dsgraph.support.Change.OfRelation;
import dev.dsgraph.support.ChangeLog;
import dev.dsgraph.support.ConceptId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Request and response bodies of the curation API. */
public final class CurationModels {

    private CurationModels() {}

    /** A key figure with its unit. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FigureInput")
    public record FigureInput(
            @NotBlank @Size(max = 120) @Schema(examples = "main memory access")
            String name,

            @NotNull @Schema(examples = "100") Double value,

            @NotBlank @Size(max = 20) @Schema(examples = "ns")
            String unit,

            @Size(max = 400) String note) {}

    /** The body of PUT (and the document PATCH applies to) for a concept. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConceptInput", description = "A concept as written through the API; the id comes from the path")
    public record ConceptInput(
            @Pattern(regexp = ConceptId.PATTERN, message = "must be a lowercase kebab-case id")
            @Schema(description = "Optional; when given it must equal the id in the path", examples = "bloom-filter")
            String id,

            @NotBlank @Size(max = 120) @Schema(required = true, examples = "Bloom filter")
            String name,

            @Size(max = 30) @Schema(examples = "[\"bloom filters\"]")
            List<@NotBlank @Size(max = 120) String> aliases,

            @NotBlank
            @Size(max = 400)
            @Schema(
                    required = true,
                    examples = "A compact probabilistic set that may report false positives but never false negatives.")
            String summary,

            @Size(max = 4000) String details,

            @NotEmpty
            @Size(max = 30)
            @Schema(required = true, description = "Topic ids, at least one", examples = "[\"hashing\"]")
            List<@Pattern(regexp = ConceptId.PATTERN, message = "must be a topic id") String> topics,

            @Size(max = 30)
            List<@Pattern(regexp = ConceptId.PATTERN, message = "must be a lowercase tag") @Size(max = 40) String> tags,

            @Size(max = 30) List<@NotBlank @Size(max = 400) String> examples,
            @Size(max = 30) List<@Valid FigureInput> figures) {}

    /** The body of PUT for a relation. */
    @Schema(name = "RelationInput")
    public record RelationInput(
            @NotBlank
            @Size(max = 500)
            @Schema(
                    required = true,
                    description = "Why the relation holds, for a learner",
                    examples = "A Bloom filter hashes each key with several hash functions.")
            String reason,

            @NotNull @Positive @DecimalMax("1.0") @Schema(required = true, description = "In (0, 1]", examples = "0.8")
            Double weight) {}

    /** A relation as stored. */
    @Schema(name = "Relation")
    public record RelationView(
            @Schema(examples = "bloom-filter") String from,
            @Schema(examples = "USED_IN") String type,
            @Schema(examples = "caching") String to,
            @Schema(examples = "used in") String label,
            boolean symmetric,
            String reason,
            @Schema(examples = "0.8") double weight,
            @Schema(enumeration = {"seed", "api"}) String origin) {}

    /** What an import did. */
    @Schema(name = "ImportReport")
    public record ImportReport(
            @Schema(examples = "3") int conceptsCreated,
            @Schema(examples = "1") int conceptsUpdated,
            @Schema(examples = "5") int relationsCreated,
            @Schema(examples = "0") int relationsUpdated,

            @Schema(description = "Concepts and relations in the document that were already identical", examples = "2")
            int unchanged,

            @Schema(description = "The graph revision after the import", examples = "42")
            long revision) {}

    /** One change record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Change")
    public record Change(
            @Schema(description = "Position in the feed", examples = "415")
            long seq,

            @Schema(description = "Graph revision of the write", examples = "12")
            long revision,

            @Schema(examples = "2026-11-24T07:30:00.123Z") String at,

            @Schema(enumeration = {"created", "updated", "deleted"})
            String op,

            @Schema(enumeration = {"concept", "relation"}) String entity,

            @Schema(description = "Concept id, or from|TYPE|to for a relation", examples = "bloom-filter")
            String id,

            String type,
            String from,
            String to,
            @Schema(enumeration = {"seed", "api", "import"}) String source) {

        /** The record as the feed serves it: a relation's ends and type beside its id, none of them for a concept. */
        static Change of(ChangeLog.Entry e) {
            var relation = e.change() instanceof OfRelation r ? r : null;
            return new Change(
                    e.seq(),
                    e.revision(),
                    e.at(),
                    e.change().op().json(),
                    e.change().entity(),
                    e.change().id(),
                    relation == null ? null : relation.type(),
                    relation == null ? null : relation.from(),
                    relation == null ? null : relation.to(),
                    e.source());
        }
    }

    /** One page of the change feed. */
    @Schema(name = "ChangePage")
    public record ChangePage(
            List<Change> items,
            @Schema(examples = "1") int page,
            @Schema(examples = "100") int size,

            @Schema(description = "Changes after `since`", examples = "3")
            long total,

            @Schema(description = "The `since` asked for", examples = "10")
            long since,

            @Schema(description = "The current graph revision: pass it as `since` next time", examples = "13")
            long revision) {}
}
