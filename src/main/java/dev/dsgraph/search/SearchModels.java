package dev.dsgraph.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The records the search endpoint sends. */
final class SearchModels {

    private SearchModels() {}

    /** One search hit. */
    @Schema(name = "SearchHit", description = "A concept that matches the query, with what matched")
    public record SearchHit(
            @Schema(examples = "vector-clock") String id,
            @Schema(examples = "Vector clock") String name,
            String summary,

            @Schema(
                    description =
                            "How it matched: exact-name, exact-alias, or text (words matched in the name or aliases exactly, as a prefix or within one or two typos, or exactly in the summary or details)",
                    enumeration = {"exact-name", "exact-alias", "text"})
            String match,

            @Schema(description = "The fields that matched, best first", examples = "[\"name\"]")
            List<String> matchedFields,

            @Schema(description = "The alias that matched, when one did; null otherwise", nullable = true)
            String matchedAlias,

            @Schema(description = "Relevance score; exact matches rank first whatever their score", examples = "5.2")
            double score) {}

    /** A search answer. */
    @Schema(name = "SearchResult", description = "Search hits, best first")
    public record SearchResult(
            @Schema(examples = "vectr clock") String query,

            @Schema(
                    description = "The words searched for: the query lowercased, letters and digits only, at most 10",
                    examples = "[\"vectr\", \"clock\"]")
            List<String> words,

            @Schema(examples = "10") int limit,
            List<SearchHit> items) {}
}
