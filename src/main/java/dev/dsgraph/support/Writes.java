package dev.dsgraph.support;

import dev.dsgraph.cache.GraphCache;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.TransactionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs API writes: one transaction that first locks the graph revision (the {@code :Meta} node, so writers are
 * serialised and checks such as cycle detection cannot race), then does the work. Work that changed something returns
 * {@link #changed}: the revision is bumped and its change records appended in the same transaction. Work that finds
 * nothing to change (a body equal to what is stored, an idempotent replay) returns {@link #unchanged} having written
 * nothing: neither the revision nor the change feed moves, and the caller gets the value as read at the revision.
 * Before it commits, a write reads the new state of what it touched for this replica's cache
 * ({@link GraphCache#prepare}), which applies it once the write committed.
 */
@ApplicationScoped
public class Writes {

    /** One unit of write work; it adds a change record for everything it changes. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work at the revision it will commit ({@code revision}, once bumped) and says what it did. */
        Outcome<T> run(TransactionContext tx, long revision, List<Change> changes);
    }

    /** What a unit of work did: changed the graph, or found nothing to change. Either way, the value to answer. */
    public sealed interface Outcome<T> {
        T value();
    }

    /** The work changed the graph and recorded every change. */
    public record Changed<T>(T value) implements Outcome<T> {}

    /** The work found nothing to change and wrote nothing. */
    public record Unchanged<T>(T value) implements Outcome<T> {}

    /** What a write returned, the revision it committed (or read, when unchanged), and whether it changed anything. */
    public record Committed<T>(T value, long revision, boolean changed) {}

    /** A committed write and what it read for the cache in its transaction (null when nothing). */
    private record Done<T>(Committed<T> committed, GraphCache.WriteDelta forCache) {}

    private final GraphDb db;
    private final GraphRevision revision;
    private final GraphCache cache;
    private final Duration timeout;

    Writes(GraphDb db, GraphRevision revision, GraphCache cache, KgConfig config) {
        this.db = db;
        this.revision = revision;
        this.cache = cache;
        this.timeout = config.query().writeTimeout();
    }

    public static <T> Outcome<T> changed(T value) {
        return new Changed<>(value);
    }

    public static <T> Outcome<T> unchanged(T value) {
        return new Unchanged<>(value);
    }

    /**
     * Runs {@code work} in one write transaction of at most {@code kg.query.write-timeout}; {@code source} names the
     * writer in the change feed.
     */
    public <T> Committed<T> write(String source, Work<T> work) {
        Done<T> done = cache.guard(() -> db.writeTx(tx -> run(tx, source, work), timeout));
        Committed<T> committed = done.committed();
        if (committed.changed()) {
            revision.observed(committed.revision());
            // read-your-writes: applied before the response is sent
            cache.afterWrite(committed.revision(), done.forCache());
        }
        return committed;
    }

    private <T> Done<T> run(TransactionContext tx, String source, Work<T> work) {
        long current = GraphRevision.lock(tx);
        List<Change> changes = new ArrayList<>();
        Outcome<T> outcome = work.run(tx, current + 1, changes);
        if (outcome instanceof Unchanged<T> unchanged) {
            if (!changes.isEmpty()) {
                throw new IllegalStateException("Work that changed nothing recorded changes: " + changes);
            }
            // the lock was held throughout, so the value was read at the current revision
            return new Done<>(new Committed<>(unchanged.value(), current, false), null);
        }
        long bumped = GraphRevision.bump(tx, source, changes);
        if (bumped != current + 1) {
            throw new IllegalStateException("The revision moved under the lock: " + current + " -> " + bumped);
        }
        return new Done<>(new Committed<>(outcome.value(), bumped, true), cache.prepare(tx, bumped, source, changes));
    }
}
