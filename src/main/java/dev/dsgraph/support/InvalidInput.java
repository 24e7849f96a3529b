package dev.dsgraph.support;

import java.util.List;
import java.util.Map;

/** Input the graph refuses as a whole: unknown topics in a concept, an import that fails validation or is too large. */
public final class InvalidInput extends DomainException {

    private InvalidInput(ProblemType type, String detail, String field, List<Map<String, Object>> errors) {
        super(type, detail, field, null, errors, null);
    }

    /** Topics of a concept that do not exist. */
    public static InvalidInput unknownTopics(List<String> unknown) {
        return new InvalidInput(
                ProblemType.UNKNOWN_TOPIC,
                "No topic with id " + unknown + "; GET /api/v1/topics lists them",
                "topics",
                null);
    }

    /** A graph document that is not an object. */
    public static InvalidInput notADocument(String detail) {
        return new InvalidInput(ProblemType.INVALID_PARAMETER, detail, "body", null);
    }

    /** A graph document with more entries than one import takes. */
    public static InvalidInput tooManyEntries(int entries, int max) {
        return new InvalidInput(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The import holds " + entries + " entries; at most " + max + " are taken in one request",
                "body",
                null);
    }

    /** A graph document that fails validation: every problem in {@code errors}. */
    public static InvalidInput invalidImport(String detail, List<Map<String, Object>> errors) {
        return new InvalidInput(ProblemType.INVALID_IMPORT, detail, "body", errors);
    }
}
