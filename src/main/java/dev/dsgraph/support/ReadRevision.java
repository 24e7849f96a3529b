package dev.dsgraph.support;

import jakarta.enterprise.context.RequestScoped;

/** The graph revision this request's response body was computed at, for {@link ETags}; null when none was read. */
@RequestScoped
class ReadRevision {

    private Long revision;
    private String tagPrefix = "";

    Long get() {
        return revision;
    }

    String tagPrefix() {
        return tagPrefix;
    }

    void set(String tagPrefix, long revision) {
        this.tagPrefix = tagPrefix;
        this.revision = revision;
    }
}
