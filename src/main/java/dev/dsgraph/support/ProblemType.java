package dev.dsgraph.support;

/**
 * The problem catalog: every kind of problem the API answers with, its RFC 9457 {@code type}, title and status, and for
 * the kind documented for a status in the spec ({@link OpenApiErrors}) when it happens and an example. Domain code names
 * a kind; only the HTTP edge ({@link ProblemMappers}) reads its status.
 */
public enum ProblemType {
    INVALID_PARAMETER(
            "invalid-parameter",
            "Invalid parameter",
            400,
            "A parameter or field is malformed or out of range; `parameter` names it",
            "limit must be from 1 to 50, got 1000",
            "limit"),
    MALFORMED_BODY("malformed-body", "Malformed request body", 400),
    BAD_REQUEST("bad-request", "Bad request", 400),
    UNAUTHORIZED(
            "unauthorized",
            "Unauthorized",
            401,
            "No API key: send Authorization: Bearer <key>",
            "Writes need an API key: Authorization: Bearer <key>",
            "Authorization"),
    FORBIDDEN(
            "forbidden",
            "Forbidden",
            403,
            "The API key is not valid, or no key is configured so writes are disabled",
            "The API key is not valid",
            "Authorization"),
    NOT_FOUND(
            "not-found",
            "Not found",
            404,
            "An id in the path or a parameter names nothing; `parameter` says which",
            "No concept with id 'no-such-concept'",
            "id"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE(
            "not-acceptable",
            "Not Acceptable",
            406,
            "The Accept header names no type this operation answers",
            "This resource answers application/json (errors application/problem+json); send an Accept header naming"
                    + " either",
            null),
    CYCLE(
            "cycle",
            "Relation would close a cycle",
            409,
            "The write would close a cycle in an acyclic relation type; `cycle` lists it",
            "PREREQUISITE_OF must stay acyclic, and vector-clock PREREQUISITE_OF partial-order would close the cycle"
                    + " vector-clock -> partial-order -> causality -> vector-clock",
            "type"),
    PRECONDITION_FAILED(
            "precondition-failed",
            "Precondition failed",
            412,
            "If-Match is stale (the concept changed since it was read) or If-None-Match: * met an existing concept",
            "If-Match \"v1.r40\" is stale: the concept is now at version 2",
            "If-Match"),
    PAYLOAD_TOO_LARGE(
            "payload-too-large",
            "Payload too large",
            413,
            "The body is larger than the operation takes (64 KB for a concept or relation, 5 MB for an import)",
            "The body is larger than this operation takes (65536 bytes for a concept or relation write, 5242880 for"
                    + " an import)",
            "body"),
    URI_TOO_LONG("uri-too-long", "URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type",
            "Unsupported media type",
            415,
            "The body is not sent as application/json (application/merge-patch+json for PATCH)",
            "Send the body as application/json",
            null),
    INVALID_FIELD(
            "invalid-field",
            "Invalid field",
            422,
            "The body is well-formed but invalid: an unknown field, a value of the wrong JSON type, a field that fails"
                    + " validation, an unknown type or topic, or a self-loop; `parameter` names the field",
            "summary: must not be blank",
            "summary"),
    UNKNOWN_FIELD("unknown-field", "Unknown field", 422),
    UNKNOWN_TOPIC("unknown-topic", "Unknown topic", 422),
    UNKNOWN_RELATION_TYPE("unknown-relation-type", "Unknown relation type", 422),
    SELF_LOOP("self-loop", "Self-loop", 422),
    INVALID_IMPORT("invalid-import", "Invalid import", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", 422),
    QUIZ_TOO_SMALL("quiz-too-small", "Not enough questions", 422),
    HEADERS_TOO_LARGE("request-header-fields-too-large", "Request header fields too large", 431),
    TOO_MANY_REQUESTS(
            "too-many-requests",
            "Too many requests",
            429,
            "This client made more requests of this class (reads, search, writes) than its rate limit allows; retry"
                    + " after the Retry-After delay",
            "More than 6000 reads requests from this client within the rate-limit window; retry after 1 s",
            null),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    DATABASE_UNAVAILABLE(
            "database-unavailable",
            "Database unavailable",
            503,
            "Neo4j cannot be reached, or the query ran past kg.query.timeout; retry after the Retry-After delay",
            "The graph database cannot be reached or is busy; retry shortly",
            null),
    QUERY_TIMEOUT("query-timeout", "Query timed out", 503);

    static final String BASE = "https://dsgraph.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;
    private final String when;
    private final String exampleDetail;
    private final String exampleParameter;

    ProblemType(String slug, String title, int status) {
        this(slug, title, status, null, null, null);
    }

    ProblemType(String slug, String title, int status, String when, String exampleDetail, String exampleParameter) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.when = when;
        this.exampleDetail = exampleDetail;
        this.exampleParameter = exampleParameter;
    }

    /** The {@code type} URI of its problems. */
    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** When it happens, for the spec; null for the kinds not documented on their own. */
    String when() {
        return when;
    }

    String exampleDetail() {
        return exampleDetail;
    }

    String exampleParameter() {
        return exampleParameter;
    }

    /** A problem of this kind. */
    public Problem problem(String detail, String instance, String parameter) {
        return new Problem(uri(), title, status, detail, instance, parameter, null, null);
    }
}
