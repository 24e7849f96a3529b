package dev.dsgraph.support;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds the problem-details error responses API operations can give (400, 404, 406, 429 and 503 for reads; 401, 403,
 * 409, 412, 413, 415 and 422 for writes where they apply), each described and exemplified by its kind in the
 * {@link ProblemType} catalog, then {@link ClientContract}'s rules for generated clients. Runs once at build time: the
 * served document is final when the service starts.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiErrors implements OASFilter {

    /** The documented kind of problem for each status, from the catalog. */
    private static final Map<String, ProblemType> ERRORS = Arrays.stream(ProblemType.values())
            .filter(t -> t.when() != null)
            .collect(Collectors.toMap(t -> String.valueOf(t.status()), t -> t));

    /** An example body of the kind, as its documented example would be answered. */
    private static Map<String, Object> example(ProblemType type) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", type.exampleDetail());
        boolean cycle = type == ProblemType.CYCLE;
        example.put(
                "instance",
                cycle
                        ? "/api/v1/concepts/vector-clock/relations/PREREQUISITE_OF/partial-order"
                        : "/api/v1/concepts/vector-clock");
        if (type.exampleParameter() != null) {
            example.put("parameter", type.exampleParameter());
        }
        if (cycle) {
            example.put("cycle", List.of("vector-clock", "partial-order", "causality", "vector-clock"));
        }
        return example;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    item.getOperations().entrySet()) {
                boolean write = op.getKey() != PathItem.HttpMethod.GET;
                boolean hasBody = write && op.getKey() != PathItem.HttpMethod.DELETE;
                boolean ifMatch = op.getValue().getParameters() != null
                        && op.getValue().getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
                boolean needs404 = path.contains("{")
                        || op.getValue().getParameters() != null
                                && op.getValue().getParameters().stream()
                                        .anyMatch(p -> p.getName().matches("from|to|known|topic"));
                boolean cycles = op.getKey() == PathItem.HttpMethod.PUT && path.contains("/relations/");
                ERRORS.keySet().stream().sorted().forEach(status -> {
                    boolean applies = switch (status) {
                        case "401", "403" -> write;
                        case "404" -> needs404 && !path.equals("/api/v1/import");
                        case "409" -> cycles;
                        case "412" -> ifMatch;
                        case "413", "415", "422" -> hasBody;
                        default -> true;
                    };
                    APIResponse declared = op.getValue().getResponses().getAPIResponse(status);
                    // replaces the generator's bare "Bad Request" as well: every error has a problem body
                    if (applies && (declared == null || declared.getContent() == null)) {
                        APIResponse response = problem(ERRORS.get(status));
                        if (status.equals("429") || status.equals("503")) {
                            response.addHeader("Retry-After", header("Seconds to wait before retrying"));
                        }
                        op.getValue().getResponses().addAPIResponse(status, response);
                    }
                });
            }
        });
        ClientContract.apply(openAPI);
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    /** A problem+json response saying when the kind happens, with one example. */
    static APIResponse problem(ProblemType type) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .addExample("problem", OASFactory.createExample().value(example(type)));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(type.when()).content(content);
    }
}
