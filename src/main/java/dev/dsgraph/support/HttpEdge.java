package dev.dsgraph.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;
import java.util.Set;

/**
 * The HTTP edge, in front of the REST resources: request-line, header and body limits, per-client rate limits, and
 * {@code Accept: application/problem+json} served as JSON. What it refuses is answered as problem details like every
 * other error. Vert.x's own limits ({@code quarkus.http.limits.*}) are set well above these so that the usual
 * oversized requests reach this handler instead of getting the HTTP server's bare status line; past them the server
 * still closes the connection by itself.
 */
@ApplicationScoped
class HttpEdge {

    /** Longest request line (method, target and version) answered; longer gets 414. */
    static final int MAX_REQUEST_LINE = 8 * 1024;
    /** Largest total size of the request headers; larger gets 431. */
    static final int MAX_HEADERS = 20 * 1024;
    /** Largest body of a concept or relation write (and of any other request); larger gets 413. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    /** Largest body of a bulk import. */
    static final long MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    private static final Set<HttpMethod> WITH_BODY =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BODY_READ = "dsgraph.bodyRead";
    private static final Map<Integer, ProblemType> REFUSALS = Map.of(
            400, ProblemType.BAD_REQUEST,
            405, ProblemType.METHOD_NOT_ALLOWED,
            413, ProblemType.PAYLOAD_TOO_LARGE,
            414, ProblemType.URI_TOO_LONG,
            415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            431, ProblemType.HEADERS_TOO_LARGE,
            429, ProblemType.TOO_MANY_REQUESTS);

    private final RateLimits rateLimits;
    private final ObjectMapper mapper;
    private final BodyHandler writeBodies = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);
    private final BodyHandler importBodies = BodyHandler.create(false).setBodyLimit(MAX_IMPORT_BYTES);

    HttpEdge(RateLimits rateLimits, ObjectMapper mapper) {
        this.rateLimits = rateLimits;
        this.mapper = mapper;
    }

    /** Before Quarkus' own body-size check (order -2) and the REST layer; after CORS. */
    void routes(@Observes Router router) {
        router.route().order(-100).handler(this::admit).failureHandler(this::failed);
        router.route().order(-99).handler(this::readBody);
        router.route().order(-98).handler(rc -> {
            if (rc.get(BODY_READ) != null && rc.getBody() == null) {
                rc.setBody(Buffer.buffer()); // an empty body read here: the REST layer must not wait for one
            }
            rc.next();
        });
    }

    private void admit(RoutingContext rc) {
        var request = rc.request();
        if (request.method().name().length() + request.uri().length() + 10 > MAX_REQUEST_LINE) {
            refuse(rc, 414, null);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADERS) {
            refuse(rc, 431, null);
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null
                && accept.contains(PROBLEM_JSON)
                && !accept.contains("application/json")
                && !accept.contains("*/*")) {
            // a client that names only the error type (as OpenAPI Generator's do for DELETE) still gets the answer
            request.headers().set("Accept", accept + ", application/json;q=0.9");
        }
        String path = rc.normalizedPath();
        if (rateLimits.enabled() && path.startsWith("/api/")) {
            RateLimits.Kind kind = RateLimits.kind(request.method(), path);
            if (kind != null) {
                RateLimits.Decision d = rateLimits.take(kind, rateLimits.client(rc));
                var headers = rc.response().headers();
                headers.set("RateLimit-Limit", String.valueOf(d.limit()));
                headers.set("RateLimit-Remaining", String.valueOf(d.remaining()));
                headers.set("RateLimit-Reset", String.valueOf(d.resetSeconds()));
                if (!d.allowed()) {
                    headers.set("Retry-After", String.valueOf(d.retryAfterSeconds()));
                    refuse(
                            rc,
                            429,
                            "More than " + d.limit() + " " + kind.name().toLowerCase() + " requests from this client"
                                    + " within the rate-limit window; retry after " + d.retryAfterSeconds() + " s");
                    return;
                }
            }
        }
        rc.next();
    }

    private void readBody(RoutingContext rc) {
        var request = rc.request();
        if (!WITH_BODY.contains(request.method()) || request.isEnded()) {
            rc.next();
            return;
        }
        boolean isImport = rc.normalizedPath().equals("/api/v1/import");
        if (request.version() == HttpVersion.HTTP_2) {
            // the REST layer cannot take an HTTP/2 body read here: only a declared length is checked; a stream
            // without one is cut by the server's own limit (quarkus.http.limits.max-body-size)
            String length = request.getHeader("Content-Length");
            if (length != null
                    && length.matches("\\d{1,18}")
                    && Long.parseLong(length) > (isImport ? MAX_IMPORT_BYTES : MAX_BODY_BYTES)) {
                refuse(rc, 413, null);
            } else {
                rc.next();
            }
            return;
        }
        rc.put(BODY_READ, Boolean.TRUE);
        (isImport ? importBodies : writeBodies).handle(rc);
    }

    private void failed(RoutingContext rc) {
        if (rc.response().ended() || !REFUSALS.containsKey(rc.statusCode())) {
            rc.next();
            return;
        }
        if (rc.statusCode() == 413 && rc.request().version() != HttpVersion.HTTP_2) {
            rc.response().putHeader("Connection", "close"); // the rest of the body is not read
        }
        refuse(rc, rc.statusCode(), null);
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 405 -> "This method is not allowed here";
            case 413 ->
                "The body is larger than this operation takes (" + MAX_BODY_BYTES
                        + " bytes for a concept or relation write, " + MAX_IMPORT_BYTES + " for an import)";
            case 414 -> "The request line is longer than " + MAX_REQUEST_LINE + " characters";
            case 415 -> "Send the body as application/json";
            case 431 -> "The request headers are larger than " + MAX_HEADERS + " bytes in all";
            default -> "";
        };
    }

    private void refuse(RoutingContext rc, int status, String detail) {
        ProblemType refusal = REFUSALS.get(status);
        String path = rc.request().path();
        String instance = path == null ? null : Params.abbreviate(path);
        String parameter = switch (status) {
            case 413 -> "body";
            case 414 -> "uri";
            case 431 -> "headers";
            default -> null;
        };
        Problem problem = refusal.problem(detail != null ? detail : detail(status), instance, parameter);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", PROBLEM_JSON)
                .end(body);
    }
}
