package dev.dsgraph.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns every exception that reaches HTTP into an {@code application/problem+json} answer. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Every domain problem; when the raiser did not name the parameter, the one that carried the value at fault. */
    @ServerExceptionMapper
    Response problem(DomainException e, UriInfo uri, ResourceInfo resource) {
        String parameter =
                e.field() != null ? e.field() : SentParameters.of(resource, uri).carrying(e.value());
        return respond(e.toProblem(path(uri), parameter));
    }

    /** Also named on its own: the validator's built-in mapper for this type would answer its own report. */
    @ServerExceptionMapper
    Response invalidParameter(ResteasyReactiveViolationException e, UriInfo uri, ResourceInfo resource) {
        return invalid(e, uri, resource);
    }

    /** 400 naming the parameter for a query or path parameter, else 422 naming every field of the body. */
    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e, UriInfo uri, ResourceInfo resource) {
        ProblemException parameter = ParameterViolations.first(
                e.getConstraintViolations(), resource == null ? null : resource.getResourceMethod());
        if (parameter != null) {
            return problem(parameter, uri, resource);
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        String first = null;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String field = field(v.getPropertyPath());
            first = first == null ? field : first;
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", field);
            error.put("message", v.getMessage());
            errors.add(error);
        }
        errors.sort((a, b) -> String.valueOf(a.get("field")).compareTo(String.valueOf(b.get("field"))));
        String detail = errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return respond(new Problem(
                ProblemType.INVALID_FIELD.uri(),
                ProblemType.INVALID_FIELD.title(),
                ProblemType.INVALID_FIELD.status(),
                detail,
                path(uri),
                errors.isEmpty() ? first : String.valueOf(errors.get(0).get("field")),
                errors,
                null));
    }

    @ServerExceptionMapper
    Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException m) {
            return mismatched(m, uri);
        }
        return respond(ProblemType.MALFORMED_BODY.problem(JsonBodies.malformed(e), path(uri), "body"));
    }

    /** Also named on its own: the REST layer's built-in mapper for this type would answer 400 without a body. */
    @ServerExceptionMapper
    Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().isEmpty()
                ? "body"
                : e.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                        .orElse("body");
        String detail = field.equals("body")
                ? "The request body is missing or is not the JSON this operation takes"
                : field + " has the wrong JSON type for this operation";
        return respond(ProblemType.MALFORMED_BODY.problem(detail, path(uri), field));
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof DomainException problem) { // from a parameter converter (TypedParameters)
            return problem(problem, uri, resource);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (status == 400 && e.getCause() != null) {
            return respond(ProblemType.MALFORMED_BODY.problem("The request body could not be read", path(uri), "body"));
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "Method not allowed on " + path(uri);
            case 406 ->
                "This resource answers application/json (errors application/problem+json); send an Accept"
                        + " header naming either";
            case 415 -> "Send the body as application/json";
            default -> status >= 500 ? "The service failed to answer this request" : title;
        };
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        ProblemType kind = catalogued(status);
        if (kind != null) { // the catalog's type and title, as the spec documents them
            return respond(kind.problem(detail, path(uri), null));
        }
        return respond(new Problem(ProblemType.BASE + slug(title), title, status, detail, path(uri), null, null, null));
    }

    /** The catalog's kind for a status the REST layer itself refuses with, or null. */
    private static ProblemType catalogued(int status) {
        return switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.TOO_MANY_REQUESTS;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : null;
        };
    }

    @ServerExceptionMapper
    Response cacheUnavailable(DatabaseUnavailableException e, UriInfo uri) {
        LOG.warn("Neo4j unavailable: " + e.getMessage());
        return Response.fromResponse(respond(ProblemType.DATABASE_UNAVAILABLE.problem(
                        "The graph database cannot be reached and this answer is not in the cache; retry shortly",
                        path(uri),
                        null)))
                .header("Retry-After", "2")
                .build();
    }

    @ServerExceptionMapper({ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class})
    Response unavailable(RuntimeException e, UriInfo uri) {
        LOG.warn("Neo4j unavailable: " + e.getMessage());
        return Response.fromResponse(respond(ProblemType.DATABASE_UNAVAILABLE.problem(
                        "The graph database cannot be reached or is busy; retry shortly", path(uri), null)))
                .header("Retry-After", "1")
                .build();
    }

    @ServerExceptionMapper
    Response client(ClientException e, UriInfo uri) {
        if (e.code() != null && e.code().contains("TransactionTimedOut")) {
            return Response.fromResponse(respond(ProblemType.QUERY_TIMEOUT.problem(
                            "The query took longer than kg.query.timeout allows", path(uri), null)))
                    .header("Retry-After", "1")
                    .build();
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(ProblemType.INTERNAL_ERROR.problem(
                "The service failed to answer this request; this is a bug", path(uri), null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** The field a violation is about, without the method and parameter nodes: "summary", "figures[0].unit". */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {}
                default -> {
                    if (node.getName() == null || node.getName().startsWith("<")) {
                        continue;
                    }
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
