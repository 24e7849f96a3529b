package dev.dsgraph.cache;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the graph cache: up once it holds a revision of the graph, with its figures (revision, concepts,
 * adjacency lists held, budget, loads, evictions) for operators. Neo4j's own check stands beside it.
 */
@Readiness
@ApplicationScoped
class GraphCacheHealth implements HealthCheck {

    private final GraphCache cache;

    GraphCacheHealth(GraphCache cache) {
        this.cache = cache;
    }

    @Override
    public HealthCheckResponse call() {
        if (cache.revision() < 0) {
            try {
                cache.read(view -> null); // waits for the first fill, which starts with the service
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("graph-cache")
                        .down()
                        .withData("error", String.valueOf(e.getMessage()))
                        .build();
            }
        }
        var response = HealthCheckResponse.named("graph-cache").status(cache.revision() >= 0);
        cache.stats().forEach((k, v) -> {
            if (v instanceof Boolean b) {
                response.withData(k, b);
            } else if (v instanceof Number n) {
                response.withData(k, n.longValue());
            } else {
                response.withData(k, String.valueOf(v));
            }
        });
        return response.build();
    }
}
