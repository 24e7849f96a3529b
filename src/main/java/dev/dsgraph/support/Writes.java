package dev.dsgraph.support;

import dev.dsgraph.cache.GraphCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Runs API writes: one transaction that first bumps the graph revision (which locks the {@code :Meta} node, so writers
 * are serialised and checks such as cycle detection cannot race), then does the work and appends its change records.
 */
@ApplicationScoped
public class Writes {

    /** One unit of write work; it adds a change record for everything it changes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TransactionContext tx, long revision, List<Map<String, Object>> changes);
    }

    /** What a write returned, and the revision it committed. */
    public record Committed<T>(T value, long revision) {
    }

    private final GraphDb db;
    private final GraphRevision revision;
    private final GraphCache cache;

    Writes(GraphDb db, GraphRevision revision, GraphCache cache) {
        this.db = db;
        this.revision = revision;
        this.cache = cache;
    }

    public <T> Committed<T> write(String source, Work<T> work) {
        Committed<T> committed = cache.guard(() -> db.writeTx(tx -> {
            long rev = GraphRevision.bump(tx);
            List<Map<String, Object>> changes = new ArrayList<>();
            T value = work.run(tx, rev, changes);
            ChangeLog.append(tx, rev, source, changes);
            return new Committed<>(value, rev);
        }, java.time.Duration.ofMinutes(2)));
        revision.observed(committed.revision());
        cache.afterWrite(committed.revision()); // read-your-writes: applied before the response is sent
        return committed;
    }
}
