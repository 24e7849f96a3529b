package dev.dsgraph.support;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * Tags every GET answered by {@link Reads} with an ETag derived from the graph revision its body was computed at
 * ({@code "r<revision>"}, {@code "v<version>.r<revision>"} for a {@link Versioned} body), sets {@code Cache-Control},
 * and answers {@code If-None-Match} with 304.
 */
class ETags {

    private static final Set<String> GET_OR_HEAD = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private final ReadRevision read;
    private final CacheControl cacheControl;

    ETags(ReadRevision read, KgConfig config) {
        this.read = read;
        this.cacheControl = new CacheControl();
        cacheControl.setMaxAge(config.cache().maxAge());
        cacheControl.setMustRevalidate(true);
        cacheControl.setNoTransform(false);
    }

    static EntityTag tag(String prefix, long revision) {
        return new EntityTag(prefix + "r" + revision);
    }

    @ServerResponseFilter
    void tag(ContainerRequestContext request, ContainerResponseContext response) {
        Long revision = read.get();
        int status = response.getStatus();
        if (revision == null || !GET_OR_HEAD.contains(request.getMethod()) || status != 200 && status != 204) {
            return;
        }
        String prefix = read.tagPrefix() + (response.getEntity() instanceof Versioned v ? "v" + v.version() + "." : "");
        EntityTag etag = tag(prefix, revision);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (response.getEntity() == null || request.getRequest().evaluatePreconditions(etag) != null) {
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatus(304);
        }
    }
}
