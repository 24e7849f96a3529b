package dev.dsgraph.support;

import dev.dsgraph.cache.GraphView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/**
 * The former way to serve a graph read, kept for {@code relation/RelationTypeResource} until the change that owns
 * {@code relation/} returns its typed body through {@link Reads}; {@link ETags} tags the answer as for every read.
 */
@ApplicationScoped
public class CachedReads {

    private final Reads reads;

    CachedReads(Reads reads) {
        this.reads = reads;
    }

    /** A GET computed from the graph cache; {@code request} is no longer needed. */
    public Response get(Request request, Function<GraphView, Object> compute) {
        return Response.ok(reads.read(compute), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
