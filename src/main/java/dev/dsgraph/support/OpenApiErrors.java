package dev.dsgraph.support;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the problem-details error responses every API operation can give (400, 404, 503), with examples, so that
 * they are documented in one place rather than on each method.
 */
public class OpenApiErrors implements OASFilter {

    private static final Map<String, String[]> ERRORS = Map.of(
            "400", new String[] {"A parameter or field is malformed or out of range; `parameter` names it",
                "{\"type\":\"https://dsgraph.dev/problems/invalid-parameter\",\"title\":\"Invalid parameter\",\"status\":400,"
                        + "\"detail\":\"limit must be from 1 to 50, got 1000\",\"instance\":\"/api/v1/concepts/vector-clock/related\",\"parameter\":\"limit\"}"},
            "404", new String[] {"An id in the path or a parameter names nothing; `parameter` says which",
                "{\"type\":\"https://dsgraph.dev/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
                        + "\"detail\":\"No concept with id 'no-such-concept'\",\"instance\":\"/api/v1/concepts/no-such-concept\",\"parameter\":\"id\"}"},
            "503", new String[] {"Neo4j cannot be reached, or the query ran past kg.query.timeout; retry after the Retry-After delay",
                "{\"type\":\"https://dsgraph.dev/problems/database-unavailable\",\"title\":\"Database unavailable\",\"status\":503,"
                        + "\"detail\":\"The graph database cannot be reached or is busy; retry shortly\",\"instance\":\"/api/v1/concepts\"}"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                boolean needs404 = path.contains("{") || op.getValue().getParameters() != null
                        && op.getValue().getParameters().stream().anyMatch(p -> p.getName().matches("from|to|known|topic"));
                ERRORS.keySet().stream().sorted().forEach(status -> {
                    if (status.equals("404") && !needs404) {
                        return;
                    }
                    if (op.getValue().getResponses().getAPIResponse(status) == null) {
                        op.getValue().getResponses().addAPIResponse(status, problem(ERRORS.get(status)));
                    }
                });
            }
        });
    }

    /** A problem+json response with a description and one example. */
    public static APIResponse problem(String[] descriptionAndExample) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .addExample("problem", OASFactory.createExample().value(parse(descriptionAndExample[1])));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(descriptionAndExample[0]).content(content);
    }

    private static Object parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
