package dev.dsgraph.support;

import java.util.List;
import java.util.Map;

/** A client error to be answered with a problem details body. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final String parameter;
    private final List<Map<String, Object>> errors;
    private final List<String> cycle;

    public ProblemException(
            int status,
            String slug,
            String title,
            String detail,
            String parameter,
            List<Map<String, Object>> errors,
            List<String> cycle) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.parameter = parameter;
        this.errors = errors;
        this.cycle = cycle;
    }

    /** 400 for a malformed or out-of-range parameter or field. */
    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter", detail, parameter, null, null);
    }

    /** 404 for an unknown resource. */
    public static ProblemException notFound(String parameter, String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, parameter, null, null);
    }

    public int status() {
        return status;
    }

    Problem toProblem(String instance) {
        return new Problem(
                "https://dsgraph.dev/problems/" + slug,
                title,
                status,
                getMessage(),
                instance,
                parameter,
                errors,
                cycle);
    }
}
