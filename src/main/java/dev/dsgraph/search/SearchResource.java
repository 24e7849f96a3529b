package dev.dsgraph.search;

import dev.dsgraph.support.Reads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text concept search. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
class SearchResource {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_LIMIT = 50;

    private final Reads reads;

    SearchResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "searchConcepts",
            summary = "Search concepts",
            description = "Search over names, aliases, summaries and details,"
                    + " answered from the service's in-memory index: case-insensitive; name and alias words match exactly, as a"
                    + " prefix for autocomplete (\"consis\") or within one typo for words of 4-6 letters and two from 7"
                    + " (\"vectr clock\"); two words that run together into a name word match it (\"geo hashing\") and a name"
                    + " typed as one word matches (\"vectorclock\"); summary and details words match exactly. Every word must"
                    + " match (when no concept holds them all, any word will do). Exact name and alias matches rank first, then"
                    + " by score: per word, the best match in each field weighted by field (name 6, alias 5, summary 2, details"
                    + " 1; prefix and typo matches 2 in the name, 1 in an alias) times the word's rarity (BM25 idf), doubled when"
                    + " the words appear as a phrase in the name or an alias, and raised by the share of words found in the name."
                    + " Text hits scoring below " + TextIndex.MIN_RELEVANCE
                    + " are left out, and a query made only of words"
                    + " that more than a quarter of the concepts use (\"the\", \"of the\") gets no text hits: it matches nothing"
                    + " in substance. Words of three letters or fewer match"
                    + " exactly or as a prefix, never by typo; a word found in more than a quarter of the concepts matches only itself. Each hit says which fields matched. Query syntax of any kind is"
                    + " treated as text.")
    @APIResponse(
            responseCode = "200",
            description = "Hits, best first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchModels.SearchResult.class),
                            examples = @ExampleObject(name = "typo", value = """
                    {"query":"vectr clock","words":["vectr","clock"],
                    "limit":10,"items":[{"id":"vector-clock","name":"Vector clock","summary":"A vector of counters, one per process ...",
                    "match":"text","matchedFields":["name","aliases","summary"],"matchedAlias":null,"score":31.2}]}""")))
    public SearchModels.SearchResult search(
            @Parameter(
                            description = "What to look for, 1 to " + MAX_QUERY_LENGTH + " characters",
                            required = true,
                            example = "vectr clock")
                    @QueryParam("q")
                    @NotBlank(message = "is required: the text to search for")
                    @Size(max = MAX_QUERY_LENGTH, message = "must be at most {max} characters")
                    String q,
            @Parameter(description = "Most hits to return, 1 to " + MAX_LIMIT, example = "10")
                    @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(MAX_LIMIT)
                    int limit) {
        return reads.read(view -> SearchRepository.search(view, q, limit));
    }
}
