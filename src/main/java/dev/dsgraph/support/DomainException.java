package dev.dsgraph.support;

import java.util.List;
import java.util.Map;

/**
 * A request the graph cannot satisfy, raised by any layer without HTTP details: a kind from the {@link ProblemType}
 * catalog, what went wrong, and what it is about, either a field of the domain model ({@code topics}, {@code body}) or
 * the offending value, whose request parameter the HTTP edge ({@link ProblemMappers}) names.
 */
class DomainException extends RuntimeException {

    private final ProblemType type;
    private final String field;
    private final String value;
    private final List<Map<String, Object>> errors;
    private final List<String> cycle;

    DomainException(
            ProblemType type,
            String detail,
            String field,
            String value,
            List<Map<String, Object>> errors,
            List<String> cycle) {
        super(detail);
        this.type = type;
        this.field = field;
        this.value = value;
        this.errors = errors;
        this.cycle = cycle;
    }

    public ProblemType type() {
        return type;
    }

    /** The field or parameter at fault when the raiser knows its name, else null. */
    String field() {
        return field;
    }

    /** The value the client sent that is at fault, for the edge to find the parameter that carried it; or null. */
    String value() {
        return value;
    }

    Problem toProblem(String instance, String parameter) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, parameter, errors, cycle);
    }
}
