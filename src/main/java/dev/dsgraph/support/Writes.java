package dev.dsgraph.support;

import dev.dsgraph.cache.GraphCache;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs API writes: one transaction that first bumps the graph revision (which locks the {@code :Meta} node, so writers
 * are serialised and checks such as cycle detection cannot race), then does the work and appends its change records.
 * Work that finds nothing to change ends with {@code throw Writes.unchanged(value)}: the transaction is rolled back, so
 * neither the revision nor the change feed moves, and the caller gets the value as read at the revision before.
 */
@ApplicationScoped
public class Writes {

    /** One unit of write work; it adds a change record for everything it changes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TransactionContext tx, long revision, List<Map<String, Object>> changes);
    }

    /** What a write returned, and the revision it committed. */
    public record Committed<T>(T value, long revision) {}

    private final GraphDb db;
    private final GraphRevision revision;
    private final GraphCache cache;

    Writes(GraphDb db, GraphRevision revision, GraphCache cache) {
        this.db = db;
        this.revision = revision;
        this.cache = cache;
    }

    /** What work throws when it would change nothing; the value is answered as it is. */
    public static RuntimeException unchanged(Object value) {
        return new Unchanged(value, -1);
    }

    /** Rolls the write back; carries the unchanged value and the revision it was read at. */
    private static final class Unchanged extends RuntimeException {
        final transient Object value;
        final long revision;

        Unchanged(Object value, long revision) {
            super(null, null, false, false);
            this.value = value;
            this.revision = revision;
        }
    }

    @SuppressWarnings("unchecked")
    public <T> Committed<T> write(String source, Work<T> work) {
        Committed<T> committed;
        try {
            committed = cache.guard(() -> db.writeTx(
                    tx -> {
                        long rev = GraphRevision.bump(tx);
                        List<Map<String, Object>> changes = new ArrayList<>();
                        T value;
                        try {
                            value = work.run(tx, rev, changes);
                        } catch (Unchanged u) {
                            // the bump above held the :Meta lock, so the value was read at the revision before it
                            throw new Unchanged(u.value, rev - 1);
                        }
                        ChangeLog.append(tx, rev, source, changes);
                        return new Committed<>(value, rev);
                    },
                    java.time.Duration.ofMinutes(2)));
        } catch (Unchanged u) {
            return new Committed<>((T) u.value, u.revision);
        }
        revision.observed(committed.revision());
        cache.afterWrite(committed.revision()); // read-your-writes: applied before the response is sent
        return committed;
    }
}
