package dev.dsgraph.support;

/** An id names nothing: no concept, topic or target concept with it. The one place "No concept with id" is written. */
public final class NotFound extends DomainException {

    private NotFound(String what, String id) {
        super(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'", null, id, null, null);
    }

    public static NotFound concept(String id) {
        return new NotFound("concept", id);
    }

    /** The far end of a relation. */
    public static NotFound targetConcept(String id) {
        return new NotFound("target concept", id);
    }

    public static NotFound topic(String id) {
        return new NotFound("topic", id);
    }
}
