package dev.dsgraph.support;

import dev.dsgraph.cache.GraphCache;
import dev.dsgraph.cache.GraphView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Serves GET responses with an ETag derived from the graph revision they were computed at, answers
 * {@code If-None-Match} with 304 and sets {@code Cache-Control}. Graph reads are computed by the graph cache against one
 * pinned revision; no response body is kept (the cache answers in microseconds, measured in docs/benchmarks.md).
 */
@ApplicationScoped
public class CachedReads {

    private final GraphCache cache;
    private final GraphRevision revision;
    private final CacheControl cacheControl;

    CachedReads(GraphCache cache, GraphRevision revision, KgConfig config) {
        this.cache = cache;
        this.revision = revision;
        this.cacheControl = new CacheControl();
        cacheControl.setMaxAge(config.cache().maxAge());
        cacheControl.setMustRevalidate(true);
        cacheControl.setNoTransform(false);
    }

    /** A GET computed from the graph cache; the ETag is {@code "r<revision>"}. */
    public Response get(Request request, Function<GraphView, Object> compute) {
        long known = cache.revision();
        if (known >= 0) {
            EntityTag etag = new EntityTag("r" + known);
            Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
            if (notModified != null) {
                return notModified.cacheControl(cacheControl).tag(etag).build();
            }
        }
        return get(request, compute, body -> "");
    }

    /**
     * As {@link #get(Request, Function)}, with an ETag prefix taken from the computed body (a concept's own version, so
     * writes can check {@code If-Match} against it).
     */
    public Response get(Request request, Function<GraphView, Object> compute, Function<Object, String> tagPrefix) {
        GraphCache.Pinned<Object> pinned = cache.read(compute);
        return respond(
                request, pinned.value(), new EntityTag(tagPrefix.apply(pinned.value()) + "r" + pinned.revision()));
    }

    /** A GET answered by Neo4j directly (the change feed, the export); the ETag is the revision Neo4j reports. */
    public Response direct(Request request, Supplier<Object> compute) {
        return cache.guard(() -> {
            EntityTag etag = new EntityTag("r" + revision.current());
            Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
            if (notModified != null) {
                return notModified.cacheControl(cacheControl).tag(etag).build();
            }
            return respond(request, compute.get(), etag);
        });
    }

    private Response respond(Request request, Object body, EntityTag etag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cacheControl).tag(etag).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .tag(etag)
                .cacheControl(cacheControl)
                .build();
    }
}
