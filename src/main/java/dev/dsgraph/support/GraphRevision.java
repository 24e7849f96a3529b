package dev.dsgraph.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.TransactionContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The graph revision: a counter on the {@code (:Meta {id:'graph'})} node that every write bumps in its own
 * transaction, with a new random {@code stamp} beside it (a revision number alone could name two states of a store
 * restored from a backup and written again; the pair cannot, which the graph cache's snapshot file relies on). Replicas share it through Neo4j; each replica re-reads it at most once per
 * {@code kg.cache.revision-check-interval}, so ETags and cached reads agree across replicas within that window.
 */
@ApplicationScoped
public class GraphRevision {

    private static final String READ =
            "OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN coalesce(m.revision, 0) AS revision";

    private static final String BUMP_META = "SET m.revision = coalesce(m.revision, 0) + 1, m.stamp = randomUUID()\n";

    private static final String BUMP = "MERGE (m:Meta {id: 'graph'})\n" + BUMP_META + "RETURN m.revision AS revision";

    /** The bump of a write that holds the lock ({@link #lock}), with its change records, in one statement. */
    private static final String BUMP_RECORDING =
            "MATCH (m:Meta {id: 'graph'})\n" + BUMP_META + ChangeLog.APPEND_TO_META.formatted("m.revision");

    /**
     * Takes the write lock on {@code :Meta} without changing it (Neo4j's documented idiom: set and remove a property)
     * and reads the revision.
     */
    private static final String LOCK = """
            MERGE (m:Meta {id: 'graph'})
            SET m._LOCK_ = true
            REMOVE m._LOCK_
            RETURN coalesce(m.revision, 0) AS revision
            """;

    private final GraphDb db;
    private final long intervalNanos;
    private final AtomicLong revision = new AtomicLong(-1);
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile long checkedAt;

    GraphRevision(GraphDb db, KgConfig config) {
        this.db = db;
        this.intervalNanos = config.cache().revisionCheckInterval().toNanos();
    }

    /** The revision, re-read from Neo4j when the last reading is older than the check interval. */
    public long current() {
        long now = System.nanoTime();
        if (revision.get() < 0 || now - checkedAt > intervalNanos) {
            if (revision.get() < 0) {
                refreshing.lock();
            } else if (!refreshing.tryLock()) {
                return revision.get(); // another request is refreshing; the last reading is recent enough
            }
            try {
                if (revision.get() < 0 || System.nanoTime() - checkedAt > intervalNanos) {
                    long read = db.read(READ, Map.of(), r -> r.get("revision").asLong())
                            .get(0);
                    revision.accumulateAndGet(read, Math::max);
                    checkedAt = System.nanoTime();
                }
            } finally {
                refreshing.unlock();
            }
        }
        return revision.get();
    }

    /** Bumps the revision inside a write transaction; call {@link #observed(long)} after it commits. */
    public static long bump(TransactionContext tx) {
        return tx.run(BUMP).single().get("revision").asLong();
    }

    /**
     * Bumps the revision inside a write transaction that holds the lock ({@link #lock}) and appends its change records
     * under the new revision; returns it. Call {@link #observed(long)} after the transaction commits.
     */
    public static long bump(TransactionContext tx, String source, List<? extends Change> changes) {
        if (changes.isEmpty()) {
            return bump(tx);
        }
        return tx.run(BUMP_RECORDING, Map.of("source", source, "changes", ChangeLog.rows(changes)))
                .single()
                .get("revision")
                .asLong();
    }

    /**
     * Locks the revision inside a write transaction without bumping it, so that writers are serialised from here to
     * the end of the transaction; returns the revision as it stands.
     */
    public static long lock(TransactionContext tx) {
        return tx.run(LOCK).single().get("revision").asLong();
    }

    /** Records a revision this replica just committed, so its own next read is fresh at once. */
    public void observed(long committed) {
        revision.accumulateAndGet(committed, Math::max);
        checkedAt = System.nanoTime();
    }
}
