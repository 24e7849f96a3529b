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
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.TreeMap;

/**
 * Adds the problem-details error responses API operations can give (400, 404, 406, 429 and 503 for reads; 401, 403,
 * 409, 412, 413, 415 and 422 for writes where they apply), with examples, so that they are documented in one place, then
 * {@link ClientContract}'s rules for generated clients. Runs once at build time: the served document is final when the
 * service starts.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiErrors implements OASFilter {

    private static final Map<String, String[]> ERRORS = errors(
            "400",
                    new String[] {
                        "A parameter or field is malformed or out of range; `parameter` names it",
                        example(
                                "invalid-parameter",
                                "Invalid parameter",
                                400,
                                "limit must be from 1 to 50, got 1000",
                                "limit")
                    },
            "401",
                    new String[] {
                        "No API key: send Authorization: Bearer <key>",
                        example(
                                "unauthorized",
                                "Unauthorized",
                                401,
                                "Writes need an API key: Authorization: Bearer <key>",
                                "Authorization")
                    },
            "403",
                    new String[] {
                        "The API key is not valid, or no key is configured so writes are disabled",
                        example("forbidden", "Forbidden", 403, "The API key is not valid", "Authorization")
                    },
            "404",
                    new String[] {
                        "An id in the path or a parameter names nothing; `parameter` says which",
                        example("not-found", "Not found", 404, "No concept with id 'no-such-concept'", "id")
                    },
            "406",
                    new String[] {
                        "The Accept header names no type this operation answers",
                        example(
                                "not-acceptable",
                                "Not Acceptable",
                                406,
                                "This resource answers application/json (errors application/problem+json); send an Accept"
                                        + " header naming either",
                                null)
                    },
            "415",
                    new String[] {
                        "The body is not sent as application/json (application/merge-patch+json for PATCH)",
                        example(
                                "unsupported-media-type",
                                "Unsupported Media Type",
                                415,
                                "Send the body as application/json",
                                null)
                    },
            "409",
                    new String[] {
                        "The write would close a cycle in an acyclic relation type; `cycle` lists it",
                        "{\"type\":\"https://dsgraph.dev/problems/cycle\",\"title\":\"Relation would close a cycle\",\"status\":409,"
                                + "\"detail\":\"PREREQUISITE_OF must stay acyclic, and vector-clock PREREQUISITE_OF partial-order would close the cycle"
                                + " vector-clock -> partial-order -> causality -> vector-clock\",\"instance\":\"/api/v1/concepts/vector-clock/relations/PREREQUISITE_OF/partial-order\","
                                + "\"parameter\":\"type\",\"cycle\":[\"vector-clock\",\"partial-order\",\"causality\",\"vector-clock\"]}"
                    },
            "412",
                    new String[] {
                        "If-Match is stale (the concept changed since it was read) or If-None-Match: * met an existing concept",
                        example(
                                "precondition-failed",
                                "Precondition failed",
                                412,
                                "If-Match \\\"v1.r40\\\" is stale: the concept is now at version 2",
                                "If-Match")
                    },
            "413",
                    new String[] {
                        "The body is larger than the operation takes (64 KB for a concept or relation, 5 MB for an import)",
                        example(
                                "payload-too-large",
                                "Payload too large",
                                413,
                                "The body is larger than this operation takes (65536 bytes for a concept or relation write, 5242880 for an import)",
                                "body")
                    },
            "422",
                    new String[] {
                        "The body is well-formed but invalid: an unknown field, a value of the wrong JSON type, a field that fails validation, an unknown type or topic, or a self-loop; `parameter` names the field",
                        example("invalid-field", "Invalid field", 422, "summary: must not be blank", "summary")
                    },
            "429",
                    new String[] {
                        "This client made more requests of this class (reads, search, writes) than its rate"
                                + " limit allows; retry after the Retry-After delay",
                        example(
                                "too-many-requests",
                                "Too many requests",
                                429,
                                "More than 6000 reads requests from this client"
                                        + " within the rate-limit window; retry after 1 s",
                                null)
                    },
            "503",
                    new String[] {
                        "Neo4j cannot be reached, or the query ran past kg.query.timeout; retry after the Retry-After delay",
                        example(
                                "database-unavailable",
                                "Database unavailable",
                                503,
                                "The graph database cannot be reached or is busy; retry shortly",
                                null)
                    });

    /** Status, {description, example}, status, ... in a map. */
    private static Map<String, String[]> errors(Object... pairs) {
        Map<String, String[]> errors = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            errors.put((String) pairs[i], (String[]) pairs[i + 1]);
        }
        return errors;
    }

    private static String example(String slug, String title, int status, String detail, String parameter) {
        return "{\"type\":\"https://dsgraph.dev/problems/" + slug + "\",\"title\":\"" + title + "\",\"status\":"
                + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"/api/v1/concepts/vector-clock\""
                + (parameter == null ? "" : ",\"parameter\":\"" + parameter + "\"") + "}";
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
                .schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER));
    }

    /** A problem+json response with a description and one example. */
    public static APIResponse problem(String[] descriptionAndExample) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .addExample("problem", OASFactory.createExample().value(parse(descriptionAndExample[1])));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse()
                .description(descriptionAndExample[0])
                .content(content);
    }

    private static Object parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
