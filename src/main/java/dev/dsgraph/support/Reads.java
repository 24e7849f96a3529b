package dev.dsgraph.support;

import dev.dsgraph.cache.GraphCache;
import dev.dsgraph.cache.GraphView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Request;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Computes GET response bodies against one revision of the graph and records that revision, so that {@link ETags} tags
 * the response with the revision the body was computed from. When the client already holds the answer (its
 * {@code If-None-Match} names the current revision) the body is not computed: null is returned and {@link ETags}
 * answers 304. No response body is kept (the cache answers in microseconds, measured in docs/benchmarks.md).
 */
@ApplicationScoped
public class Reads {

    private final GraphCache cache;
    private final GraphRevision revision;
    private final ReadRevision read;
    private final Request request;

    Reads(GraphCache cache, GraphRevision revision, ReadRevision read, Request request) {
        this.cache = cache;
        this.revision = revision;
        this.read = read;
        this.request = request;
    }

    /** A body computed from the graph cache; null when the client holds the current revision's answer. */
    public <T> T read(Function<GraphView, T> compute) {
        long known = cache.revision();
        if (known >= 0 && holds(known)) {
            read.set("", known);
            return null;
        }
        return pinned(compute);
    }

    /** A body computed from the graph cache, always (for a body whose ETag also carries its own {@link Versioned}). */
    public <T> T pinned(Function<GraphView, T> compute) {
        return pinned("", compute);
    }

    /** As {@link #pinned(Function)}, with an ETag prefix telling this form of the answer from others ({@code "anki."}). */
    public <T> T pinned(String tagPrefix, Function<GraphView, T> compute) {
        GraphCache.Pinned<T> pinned = cache.read(compute);
        read.set(tagPrefix, pinned.revision());
        return pinned.value();
    }

    /** A body Neo4j answers directly (the change feed, the export), at the revision Neo4j reports; null as above. */
    public <T> T direct(Supplier<T> compute) {
        return cache.guard(() -> {
            long current = revision.current();
            read.set("", current);
            return holds(current) ? null : compute.get();
        });
    }

    private boolean holds(long revision) {
        return request.evaluatePreconditions(ETags.tag("", revision)) != null;
    }
}
