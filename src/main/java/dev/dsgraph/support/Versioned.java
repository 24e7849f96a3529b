package dev.dsgraph.support;

/** A response body with a version of its own, which its ETag carries before the graph revision ({@code "v3.r40"}). */
public interface Versioned {

    long version();
}
