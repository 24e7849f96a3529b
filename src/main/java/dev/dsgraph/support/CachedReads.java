package dev.dsgraph.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Serves GET responses with an ETag derived from the graph revision, answers {@code If-None-Match} with 304, and
 * keeps serialized bodies in a local cache whose entries are valid only for the revision they were computed at.
 */
@ApplicationScoped
public class CachedReads {

    private record Entry(long revision, byte[] body, EntityTag etag) {
    }

    private final GraphRevision revision;
    private final ObjectMapper mapper;
    private final int maxEntries;
    private final CacheControl cacheControl;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile long cachedRevision = -1;

    CachedReads(GraphRevision revision, ObjectMapper mapper, KgConfig config) {
        this.revision = revision;
        this.mapper = mapper;
        this.maxEntries = config.cache().maxEntries();
        this.cacheControl = new CacheControl();
        cacheControl.setMaxAge(config.cache().maxAge());
        cacheControl.setMustRevalidate(true);
        cacheControl.setNoTransform(false);
    }

    /** A GET answered from the cache, or computed and cached; the ETag is {@code "r<revision>"}. */
    public Response get(Request request, UriInfo uri, Supplier<Object> compute) {
        return get(request, uri, compute, body -> "");
    }

    /**
     * As {@link #get(Request, UriInfo, Supplier)}, with an ETag prefix taken from the computed body (a concept's own
     * version, so writes can check {@code If-Match} against it).
     */
    public Response get(Request request, UriInfo uri, Supplier<Object> compute, Function<Object, String> tagPrefix) {
        long rev = revision.current();
        if (rev != cachedRevision) {
            entries.clear();
            cachedRevision = rev;
        }
        String key = uri.getRequestUri().getRawPath() + '?' + uri.getRequestUri().getRawQuery();
        Entry entry = entries.get(key);
        if (entry == null || entry.revision() != rev) {
            Object body = compute.get();
            entry = new Entry(rev, serialize(body), new EntityTag(tagPrefix.apply(body) + "r" + rev));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, entry);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(entry.etag());
        if (notModified != null) {
            return notModified.cacheControl(cacheControl).tag(entry.etag()).build();
        }
        return Response.ok(entry.body(), MediaType.APPLICATION_JSON_TYPE).tag(entry.etag()).cacheControl(cacheControl)
                .build();
    }

    private byte[] serialize(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
