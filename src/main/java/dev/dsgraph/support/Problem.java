package dev.dsgraph.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details body, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(
                description = "URI identifying the kind of problem",
                examples = "https://dsgraph.dev/problems/invalid-parameter")
        String type,

        @Schema(description = "Short summary of the kind of problem", examples = "Invalid parameter")
        String title,

        @Schema(description = "HTTP status code", examples = "400")
        int status,

        @Schema(description = "What went wrong in this request", examples = "limit must be between 1 and 100, got 1000")
        String detail,

        @Schema(description = "The request path", examples = "/api/v1/concepts/vector-clock/related")
        String instance,

        @Schema(description = "The parameter or field at fault, where there is one", examples = "limit")
        String parameter,

        @Schema(description = "Every individual problem, for requests with several")
        List<Map<String, Object>> errors,

        @Schema(description = "The cycle a write would close, as concept ids from start back to start")
        List<String> cycle) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
