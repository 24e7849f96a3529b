package dev.dsgraph.search;

import dev.dsgraph.support.CachedReads;
import dev.dsgraph.support.Params;
import dev.dsgraph.support.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
public class SearchResource {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_LIMIT = 50;

    private final CachedReads reads;

    SearchResource(CachedReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Search concepts", description = "Full-text search over names, aliases, summaries and details"
            + " through Neo4j's full-text index: case-insensitive, prefix matching for autocomplete (\"consis\"), typo"
            + " tolerant (\"vectr clock\": one edit for words of 4-6 letters, two from 7). Exact name and alias matches"
            + " rank first. Each hit says which fields matched. Lucene syntax in the query is treated as text.")
    @APIResponse(responseCode = "200", description = "Hits, best first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SearchModels.SearchResult.class), examples = @ExampleObject(name = "typo", value = """
                    {"query":"vectr clock","luceneQuery":"(+(name:vectr^4 OR aliasText:vectr^3 OR vectr^2 OR name:vectr*^2 OR aliasText:vectr* OR name:vectr~1^2 OR aliasText:vectr~1) ...)",
                    "limit":10,"items":[{"id":"vector-clock","name":"Vector clock","summary":"A vector of counters, one per process ...",
                    "match":"text","matchedFields":["name","aliases","summary"],"score":6.53}]}""")))
    public Response search(
            @Parameter(description = "What to look for, 1 to " + MAX_QUERY_LENGTH + " characters", required = true, example = "vectr clock") @QueryParam("q") String q,
            @Parameter(description = "Most hits to return, 1 to " + MAX_LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"), example = "10") @QueryParam("limit") String limit,
            @Context Request request, @Context UriInfo uri) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter("q", "q is required: the text to search for");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.badParameter("q", "q must be at most " + MAX_QUERY_LENGTH + " characters, has " + q.length());
        }
        int n = Params.integer("limit", limit, 10, 1, MAX_LIMIT);
        return reads.get(request, view -> SearchRepository.search(view, q, n));
    }
}
