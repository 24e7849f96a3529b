package dev.dsgraph.support;

import java.util.List;
import java.util.Map;

/**
 * A problem raised at the HTTP edge (resources, body and header checks), which may name the request parameter, header
 * or body field at fault.
 */
public final class ProblemException extends DomainException {

    private ProblemException(ProblemType type, String parameter, String detail, List<Map<String, Object>> errors) {
        super(type, detail, parameter, null, errors, null);
    }

    /** A problem of the given kind about {@code parameter}. */
    public static ProblemException of(ProblemType type, String parameter, String detail) {
        return new ProblemException(type, parameter, detail, null);
    }

    /** As {@link #of(ProblemType, String, String)}, listing every individual problem. */
    public static ProblemException of(
            ProblemType type, String parameter, String detail, List<Map<String, Object>> errors) {
        return new ProblemException(type, parameter, detail, errors);
    }

    /** A malformed or out-of-range parameter or field. */
    public static ProblemException badParameter(String parameter, String detail) {
        return of(ProblemType.INVALID_PARAMETER, parameter, detail);
    }

    /** An unknown resource other than a concept or topic ({@link NotFound} covers those). */
    public static ProblemException notFound(String parameter, String detail) {
        return of(ProblemType.NOT_FOUND, parameter, detail);
    }

    /** A body field that fails validation. */
    public static ProblemException invalidField(String field, String detail) {
        return of(ProblemType.INVALID_FIELD, field, detail);
    }

    /** A stale or unmet conditional-request header. */
    public static ProblemException preconditionFailed(String header, String detail) {
        return of(ProblemType.PRECONDITION_FAILED, header, detail);
    }
}
