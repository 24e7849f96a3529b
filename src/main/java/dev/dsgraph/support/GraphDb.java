package dev.dsgraph.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** The one way the service talks to Neo4j: the driver, with the configured transaction timeout on every query. */
@ApplicationScoped
public class GraphDb {

    private final Driver driver;
    private final QueryConfig readConfig;
    private final TransactionConfig txConfig;
    private final Duration boundedTimeout;

    private static final ExecutorService BOUNDED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "graph-load");
        t.setDaemon(true);
        return t;
    });

    GraphDb(Driver driver, KgConfig config) {
        this.driver = driver;
        this.readConfig = QueryConfig.builder()
                .withRouting(RoutingControl.READ)
                .withTimeout(config.query().timeout())
                .build();
        this.txConfig = TransactionConfig.builder()
                .withTimeout(config.query().timeout())
                .build();
        this.boundedTimeout = config.cache().loadTimeout();
    }

    /** Runs one read statement on a reader and maps each row. */
    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        return driver.executableQuery(cypher).withParameters(params).withConfig(readConfig).execute().records().stream()
                .map(mapper)
                .toList();
    }

    /** Runs a unit of work in one read transaction. */
    public <T> T readTx(TransactionCallback<T> work) {
        return readTx(work, txConfig);
    }

    /** Runs a unit of work in one read transaction with a timeout of its own (loading the whole graph). */
    public <T> T readTx(TransactionCallback<T> work, Duration timeout) {
        return readTx(work, TransactionConfig.builder().withTimeout(timeout).build());
    }

    private <T> T readTx(TransactionCallback<T> work, TransactionConfig config) {
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(work, config);
        }
    }

    /**
     * Runs a unit of work in one read transaction and waits at most {@code kg.cache.load-timeout} for it: an
     * unreachable Neo4j gives {@link DatabaseUnavailableException} in bounded time, never a hang.
     */
    public <T> T readBounded(TransactionCallback<T> work) {
        var future = CompletableFuture.supplyAsync(() -> readTx(work), BOUNDED);
        try {
            return future.get(boundedTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DatabaseUnavailableException(
                    "Neo4j did not answer within " + boundedTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException("Interrupted while waiting for Neo4j", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new DatabaseUnavailableException("Neo4j failed: " + e.getCause(), e.getCause());
        }
    }

    /** Runs a unit of work in one write transaction with a timeout of its own (bulk loads). */
    public <T> T writeTx(TransactionCallback<T> work, Duration timeout) {
        try (var session = driver.session()) {
            return session.executeWrite(
                    work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }
}
