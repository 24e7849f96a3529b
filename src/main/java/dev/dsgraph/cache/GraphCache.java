package dev.dsgraph.cache;

import dev.dsgraph.embedded.EmbeddedNeo4j;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.search.TextIndex;
import dev.dsgraph.support.Change;
import dev.dsgraph.support.DatabaseUnavailableException;
import dev.dsgraph.support.KgConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The graph read cache of one replica: every read is answered from here, Neo4j is asked only to fill it.
 *
 * <ul>
 * <li>Resident whatever the budget: every concept's {@link ConceptInfo}, the search index, the topics and the
 * vocabulary. Within the budget ({@code kg.cache.max-concepts}): {@link ConceptNode}s, the records and adjacency lists,
 * all of them loaded at start when the graph fits, otherwise the least recently used dropped and the missing loaded
 * in batches on demand.</li>
 * <li>Everything here belongs to one graph revision. A write on this replica applies the change feed up to its own
 * revision before its response is sent; a background check every {@code kg.cache.revision-check-interval} applies
 * other replicas' changes. Only the concepts the changes touched are reloaded; more than {@code kg.cache.max-changes}
 * changes, or a revision without change records (a write outside the API), reload everything.</li>
 * <li>A request pins one revision: it runs against the state between two applications of changes, and runs again
 * when changes were applied meanwhile (a sequence lock), so no answer mixes two revisions.</li>
 * <li>While Neo4j cannot be reached, what is cached keeps answering; a read that needs Neo4j fails at once (or
 * within {@code kg.cache.load-timeout}) with 503.</li>
 * </ul>
 */
@ApplicationScoped
public class GraphCache {

    private static final Logger LOG = Logger.getLogger(GraphCache.class);

    /** The answer of a read and the revision it was computed at. */
    public record Pinned<T>(T value, long revision) {}

    /** Thrown inside a read when the state it pinned moved on; the read runs again. */
    private static final class Stale extends RuntimeException {
        Stale() {
            super(null, null, false, false);
        }
    }

    private static final class Entry {
        final ConceptNode node;
        volatile long used;

        Entry(ConceptNode node, long used) {
            this.node = node;
            this.used = used;
        }
    }

    private final GraphStore store;
    private final int budget;
    private final int maxChanges;
    private final long checkIntervalMillis;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong tick = new AtomicLong();
    private final AtomicLong loads = new AtomicLong();
    private final AtomicLong evictions = new AtomicLong();
    /** Revisions applied from what this replica's writes read in their own transactions, and from the change feed. */
    private final AtomicLong appliedFromWrites = new AtomicLong();

    private final AtomicLong appliedFromFeed = new AtomicLong();

    /** Odd while changes are being applied. */
    private volatile long seq;

    private volatile long revision = -1;
    private volatile Map<String, ConceptInfo> infos = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> nodes = new ConcurrentHashMap<>();
    private volatile List<TopicInfo> topics = List.of();
    private volatile Map<String, RelationType> types = Map.of();
    private volatile TextIndex text = TextIndex.empty();
    /** Structures derived from the current state (sorted lists, topic indexes), dropped whenever changes are applied. */
    private volatile Map<String, Object> derived = new ConcurrentHashMap<>();
    /** Every concept's node is held (the graph fits the budget and was loaded whole). */
    private volatile boolean complete;

    private volatile long unreachableSince;
    /** The service is stopping: failures to reach Neo4j are expected and not logged. */
    private volatile boolean stopping;

    private volatile String unreachableReason;
    private ScheduledExecutorService refresher;
    /** Reads computing at the same time: kg.cache.concurrent-reads. */
    private final Semaphore readers;
    /** Where the snapshot file of the last full fill goes, or null (kg.cache.snapshot, kg.cache.snapshot-file). */
    private final Path snapshotFile;

    private final AtomicBoolean writingSnapshot = new AtomicBoolean();

    GraphCache(GraphStore store, KgConfig config) {
        this.store = store;
        this.budget = Math.max(1, config.cache().maxConcepts());
        this.maxChanges = config.cache().maxChanges();
        int concurrent = config.cache().concurrentReads();
        this.readers = new Semaphore(
                concurrent > 0 ? concurrent : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.checkIntervalMillis =
                Math.max(10, config.cache().revisionCheckInterval().toMillis());
        this.snapshotFile = !config.cache().snapshot()
                ? null
                : config.cache()
                        .snapshotFile()
                        .map(Path::of)
                        .orElse(
                                config.embedded().enabled()
                                        ? EmbeddedNeo4j.home(config).resolve("graph-cache.snapshot")
                                        : null);
    }

    /**
     * After the seed is checked (and written when it changed): fill the cache and start watching the revision. Not
     * earlier: a fill that ran while the seed was written could report ready with a graph the seed then changed.
     */
    void onStart(@Observes @Priority(20) StartupEvent event) {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "graph-cache-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.execute(() -> {
            try {
                ensureLoaded();
            } catch (RuntimeException e) {
                LOG.warnf("Graph cache not filled yet: %s", e.getMessage());
            }
        });
        refresher.scheduleWithFixedDelay(this::check, checkIntervalMillis, checkIntervalMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Before the embedded Neo4j stops (its observer runs last): lets a revision check under way finish instead of
     * interrupting it, so that stopping the service does not log Neo4j as unreachable.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (refresher != null) {
            refresher.shutdown();
            try {
                if (!refresher.awaitTermination(2, TimeUnit.SECONDS)) {
                    refresher.shutdownNow();
                }
            } catch (InterruptedException e) {
                refresher.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Runs a read against one revision of the graph: again when changes were applied while it ran, and under the lock
     * (so no change can be applied meanwhile) after a few such tries.
     */
    public <T> Pinned<T> read(Function<GraphView, T> work) {
        ensureLoaded();
        readers.acquireUninterruptibly();
        try {
            return readPinned(work);
        } finally {
            readers.release();
        }
    }

    private <T> Pinned<T> readPinned(Function<GraphView, T> work) {
        for (int attempt = 0; attempt < 20; attempt++) {
            long s = seq;
            if ((s & 1) == 0 && attempt < 3) {
                long r = revision;
                try {
                    T value = work.apply(new View(r, s));
                    if (seq == s) {
                        return new Pinned<>(value, r);
                    }
                } catch (Stale e) {
                    // changes were applied: run again
                }
            } else {
                lock.lock();
                try {
                    long r = revision;
                    return new Pinned<>(work.apply(new View(r, seq)), r);
                } catch (Stale e) {
                    // a load caught up with a newer revision under the lock: run again against it
                } finally {
                    lock.unlock();
                }
            }
        }
        throw new DatabaseUnavailableException("The graph kept changing while this read ran; retry", null);
    }

    /** The revision the cache holds, or -1 before the first fill. */
    public long revision() {
        return revision;
    }

    /** True when the last contact with Neo4j succeeded. */
    public boolean reachable() {
        return unreachableSince == 0;
    }

    /**
     * Runs work that must reach Neo4j itself (writes, the change feed, the export): at once 503 while Neo4j is known to
     * be unreachable, and a failure to reach it is noted so that the next requests fail fast too.
     */
    public <T> T guard(Supplier<T> work) {
        if (!reachable()) {
            throw new DatabaseUnavailableException("Neo4j is unreachable (" + unreachableReason + ")", null);
        }
        try {
            return work.get();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            unreached(e);
            throw new DatabaseUnavailableException(e.getMessage(), e);
        }
    }

    /** Why Neo4j was last unreachable, or null. */
    public String unreachableReason() {
        return unreachableReason;
    }

    /** Figures for health checks and metrics. */
    public Map<String, Object> stats() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("revision", revision);
        s.put("concepts", infos.size());
        s.put("nodesCached", nodes.size());
        s.put("budget", budget);
        s.put("complete", complete);
        s.put("loads", loads.get());
        s.put("evictions", evictions.get());
        s.put("appliedFromWrites", appliedFromWrites.get());
        s.put("appliedFromFeed", appliedFromFeed.get());
        s.put("reachable", reachable());
        return s;
    }

    /** The concept's record and adjacency list as held in memory, or null (for tests and diagnostics). */
    public ConceptNode cached(String id) {
        Entry e = nodes.get(id);
        return e == null ? null : e.node;
    }

    /** What a write read of the concepts it touched, inside its own transaction, for {@link #afterWrite}. */
    public static final class WriteDelta {
        private final long base;
        private final GraphStore.Delta delta;

        private WriteDelta(long base, GraphStore.Delta delta) {
            this.base = base;
            this.delta = delta;
        }
    }

    /**
     * Inside a write's transaction, after it recorded its changes under {@code committing} (the revision it holds the
     * lock for plus one): reads the new state of the concepts the changes touched, so that {@link #afterWrite} can
     * apply the write without reading the change feed back. Null when there is nothing to prepare: the cache is not
     * filled yet, the write is not a single API write (an import may change topics and the vocabulary), or it
     * changed more than {@code kg.cache.max-changes} entities; {@link #afterWrite} then reads the feed.
     */
    public WriteDelta prepare(TransactionContext tx, long committing, String source, List<? extends Change> changes) {
        long held = revision;
        if (held < 0
                || held != committing - 1
                || !"api".equals(source)
                || changes.isEmpty()
                || changes.size() > maxChanges) {
            return null;
        }
        Set<String> touched = new HashSet<>();
        changes.forEach(c -> touched.addAll(c.touched()));
        return new WriteDelta(
                held, store.touched(tx, committing, touched, id -> complete || nodes.containsKey(id), false));
    }

    /**
     * After a write on this replica committed {@code committed}: applies it to the cache before the write's response
     * is sent, so this replica's next read sees the write. From {@code prepared} (what the write read in its own
     * transaction) when the cache still holds the revision the write started from; else from the change feed.
     */
    public void afterWrite(long committed, WriteDelta prepared) {
        if (revision < 0) {
            return;
        }
        try {
            if (prepared != null && prepared.delta.until() == committed) {
                lock.lock();
                try {
                    if (revision == prepared.base) {
                        apply(prepared.delta);
                        appliedFromWrites.incrementAndGet();
                        return;
                    }
                } finally {
                    lock.unlock();
                }
            }
            if (revision < committed) {
                catchUp();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not apply the write of revision %d to the cache yet: %s", committed, e.getMessage());
        }
    }

    /** The background check: a newer revision in Neo4j is applied from the change feed. */
    void check() {
        try {
            if (revision < 0) {
                ensureLoaded();
                return;
            }
            long now = store.revision();
            reached();
            if (now != revision) {
                catchUp();
            }
        } catch (RuntimeException e) {
            unreached(e);
        }
    }

    private void ensureLoaded() {
        if (revision >= 0) {
            return;
        }
        if (!reachable() && System.currentTimeMillis() - unreachableSince < checkIntervalMillis) {
            throw new DatabaseUnavailableException("Neo4j is unreachable: " + unreachableReason, null);
        }
        lock.lock();
        try {
            if (revision < 0) {
                reloadAll();
            }
        } catch (DatabaseUnavailableException | Neo4jException e) {
            unreached(e);
            throw e instanceof DatabaseUnavailableException d ? d : new DatabaseUnavailableException(e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void reached() {
        if (unreachableSince != 0) {
            LOG.info("Neo4j is reachable again");
        }
        unreachableSince = 0;
        unreachableReason = null;
    }

    private void unreached(RuntimeException e) {
        if (unreachableSince == 0 && !stopping) {
            LOG.warnf("Neo4j unreachable, answering from the cache of revision %d: %s", revision, e.getMessage());
            unreachableSince = System.currentTimeMillis();
        }
        unreachableReason = String.valueOf(e.getMessage());
    }

    /** Loads the whole graph (adjacency lists too when they fit the budget) and swaps it in. Holds the lock. */
    private void reloadAll() {
        long started = System.nanoTime();
        // the search index is built on its own thread from the concepts as they stream in, beside the adjacency lists;
        // a fresh one for each attempt of the read transaction (the driver retries transient failures)
        ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "graph-cache-index");
            t.setDaemon(true);
            return t;
        });
        IndexFill[] fill = new IndexFill[1];
        GraphStore.Loaded<GraphStore.Snapshot> loaded;
        TextIndex index;
        boolean fromFile;
        try {
            loaded = fromSnapshotFile(indexer, fill);
            fromFile = loaded != null;
            if (!fromFile) {
                loaded = store.loadAll(budget, () -> {
                    fill[0] = new IndexFill(indexer);
                    return fill[0];
                });
            }
            index = fill[0].finish();
        } finally {
            indexer.shutdownNow();
        }
        GraphStore.Snapshot s = loaded.value();
        Map<String, ConceptInfo> newInfos = new ConcurrentHashMap<>(s.concepts().size() * 2);
        s.concepts().forEach(c -> newInfos.put(c.id(), c));
        Map<String, Entry> newNodes =
                new ConcurrentHashMap<>(Math.max(16, s.nodes().size() * 2));
        long now = tick.incrementAndGet();
        s.nodes().forEach(n -> newNodes.put(n.id(), new Entry(n, now)));
        seq++;
        try {
            derived = new ConcurrentHashMap<>();
            infos = newInfos;
            nodes = newNodes;
            topics = List.copyOf(s.topics());
            types = byName(s.types());
            text = index;
            complete = s.nodes().size() == s.concepts().size();
            revision = loaded.before();
        } finally {
            seq++;
        }
        reached();
        LOG.infof(
                "Graph cache filled at revision %d in %d ms%s: %d concepts, %d adjacency lists%s",
                revision,
                (System.nanoTime() - started) / 1_000_000,
                fromFile ? " from its snapshot file" : "",
                newInfos.size(),
                newNodes.size(),
                complete ? "" : " (the rest load on demand within the budget of " + budget + ")");
        // a revision bumped by something that drew no stamp (another tool) cannot be told apart: no snapshot of it
        if (!fromFile
                && complete
                && loaded.consistent()
                && snapshotFile != null
                && !s.stamp().isEmpty()) {
            writeSnapshotFile(loaded.before(), s);
        }
        if (!loaded.consistent()) {
            catchUp();
        }
    }

    /**
     * Applies the change feed from the cached revision up to Neo4j's. Reads Neo4j without the lock (reads go on
     * meanwhile) and takes it only to apply what it read, if no one applied something else first.
     */
    private void catchUp() {
        for (int round = 0; round < 20; round++) {
            long from = revision;
            GraphStore.Loaded<GraphStore.Delta> loaded;
            try {
                loaded = store.loadChanges(from, maxChanges, id -> complete || nodes.containsKey(id));
            } catch (RuntimeException e) {
                unreached(e);
                throw e;
            }
            reached();
            GraphStore.Delta d = loaded.value();
            lock.lock();
            try {
                if (revision != from) {
                    continue; // another thread applied changes meanwhile: read again from there
                }
                if (d.until() == revision) {
                    return;
                }
                if (d.tooMany() || !d.complete()) {
                    LOG.infof(
                            "Revision %d -> %d: %s; reloading the graph cache",
                            revision,
                            d.until(),
                            d.tooMany() ? "more than " + maxChanges + " changes" : "a write without change records");
                    reloadAll();
                    return;
                }
                apply(d);
                appliedFromFeed.incrementAndGet();
                if (loaded.consistent()) {
                    return;
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private void apply(GraphStore.Delta d) {
        Map<String, ConceptInfo> changed = new HashMap<>();
        d.concepts().forEach(c -> changed.put(c.id(), c));
        Map<String, ConceptNode> reloaded = new HashMap<>();
        d.nodes().forEach(n -> reloaded.put(n.id(), n));
        long now = tick.incrementAndGet();
        seq++;
        try {
            derived = new ConcurrentHashMap<>();
            for (String id : d.touched()) {
                ConceptInfo info = changed.get(id);
                if (info == null) {
                    infos.remove(id);
                    nodes.remove(id);
                    text.remove(id);
                } else {
                    infos.put(id, info);
                    text.put(info, d.texts().get(id));
                    ConceptNode node = reloaded.get(id);
                    if (node != null) {
                        nodes.put(id, new Entry(node, now));
                    } else {
                        nodes.remove(id);
                    }
                }
            }
            if (d.topics() != null) {
                topics = List.copyOf(d.topics());
            }
            if (d.types() != null) {
                types = byName(d.types());
            }
            // a cache that held every concept may have grown past the budget with the concepts these changes added
            evictIfNeeded();
            revision = d.until();
        } finally {
            seq++;
        }
        LOG.debugf(
                "Applied revision %d: %d concepts touched",
                d.until(), d.touched().size());
    }

    /** The vocabulary in name order, as {@link GraphView#types()} promises it (a {@code Map.copyOf} keeps no order). */
    private static Map<String, RelationType> byName(Map<String, RelationType> types) {
        return Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** Loads missing adjacency lists for a read pinned at {@code pinned}. */
    private Map<String, ConceptNode> load(List<String> missing, long pinned) {
        if (!reachable()) {
            throw new DatabaseUnavailableException("Neo4j is unreachable (" + unreachableReason + ")", null);
        }
        GraphStore.Loaded<List<ConceptNode>> loaded;
        try {
            loaded = store.loadNodes(missing);
        } catch (DatabaseUnavailableException | Neo4jException e) {
            unreached(e);
            throw e instanceof DatabaseUnavailableException d ? d : new DatabaseUnavailableException(e.getMessage(), e);
        }
        loads.incrementAndGet();
        lock.lock();
        try {
            if (revision != pinned) {
                throw new Stale();
            }
            if (loaded.before() > revision) {
                catchUp(); // Neo4j is ahead of this replica: catch up, then run the read again
                throw new Stale();
            }
            Map<String, ConceptNode> out = new HashMap<>();
            loaded.value().forEach(n -> out.put(n.id(), n));
            if (loaded.before() < revision) {
                throw new DatabaseUnavailableException(
                        "The Neo4j instance read lags behind revision " + revision, null);
            }
            long now = tick.incrementAndGet();
            out.values().forEach(n -> nodes.put(n.id(), new Entry(n, now)));
            if (!loaded.consistent()) {
                catchUp();
                throw new Stale();
            }
            evictIfNeeded();
            return out;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The graph from the snapshot file when Neo4j still holds the revision and stamp it was written at, else null (and
     * the fill reads Neo4j). The comparison is one query whose plan the schema check at startup already made.
     */
    private GraphStore.Loaded<GraphStore.Snapshot> fromSnapshotFile(ExecutorService indexer, IndexFill[] fill) {
        if (snapshotFile == null) {
            return null;
        }
        SnapshotFile.Stamp held = SnapshotFile.stamp(snapshotFile).orElse(null);
        if (held == null || held.stamp().isEmpty()) {
            return null;
        }
        SnapshotFile.Stamp now = store.stamp();
        if (!now.equals(held)) {
            LOG.debugf(
                    "Graph cache snapshot of revision %d is outdated (Neo4j holds %d)",
                    held.revision(), now.revision());
            return null;
        }
        try {
            fill[0] = new IndexFill(indexer);
            GraphStore.Snapshot s =
                    SnapshotFile.read(snapshotFile, now, fill[0]).orElse(null);
            if (s == null || s.concepts().size() > budget) {
                return null;
            }
            return new GraphStore.Loaded<>(now.revision(), now.revision(), s);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Graph cache snapshot %s unreadable, filling from Neo4j: %s", snapshotFile, e.toString());
            return null;
        }
    }

    /** Writes the snapshot file of a full fill on a background thread (one at a time; a failure is only logged). */
    private void writeSnapshotFile(long at, GraphStore.Snapshot s) {
        if (!writingSnapshot.compareAndSet(false, true)) {
            return;
        }
        Thread writer = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        SnapshotFile.write(snapshotFile, at, s);
                        LOG.infof(
                                "Graph cache snapshot of revision %d written to %s in %d ms",
                                Long.valueOf(at),
                                snapshotFile,
                                Long.valueOf((System.nanoTime() - started) / 1_000_000));
                    } catch (IOException | RuntimeException e) {
                        LOG.warnf("Could not write the graph cache snapshot %s: %s", snapshotFile, e.toString());
                    } finally {
                        writingSnapshot.set(false);
                    }
                },
                "graph-cache-snapshot");
        writer.setDaemon(true);
        writer.setPriority(Thread.MIN_PRIORITY);
        writer.start();
    }

    /** A search index filled on another thread, a thousand concepts at a time, in the order they were read. */
    private static final class IndexFill implements BiConsumer<ConceptInfo, List<String>> {
        private static final int BATCH = 1000;
        private final ExecutorService indexer;
        private final TextIndex index = TextIndex.empty();
        private final List<Future<?>> tasks = new ArrayList<>();
        private List<ConceptInfo> infos = new ArrayList<>();
        private List<List<String>> texts = new ArrayList<>();

        IndexFill(ExecutorService indexer) {
            this.indexer = indexer;
        }

        @Override
        public void accept(ConceptInfo info, List<String> text) {
            infos.add(info);
            texts.add(text);
            if (infos.size() == BATCH) {
                hand();
            }
        }

        private void hand() {
            List<ConceptInfo> i = infos;
            List<List<String>> t = texts;
            tasks.add(indexer.submit(() -> index.addAll(i, t)));
            infos = new ArrayList<>();
            texts = new ArrayList<>();
        }

        /** The index, once every concept read is in it. */
        TextIndex finish() {
            hand();
            try {
                for (Future<?> task : tasks) {
                    task.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatabaseUnavailableException("Interrupted while filling the graph cache", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            return index;
        }
    }

    /** Drops the least recently used adjacency lists down to 90 % of the budget. Holds the lock. */
    private void evictIfNeeded() {
        if (nodes.size() <= budget) {
            return;
        }
        List<Map.Entry<String, Entry>> all = new ArrayList<>(nodes.entrySet());
        all.sort(Comparator.comparingLong(e -> e.getValue().used));
        int drop = all.size() - (int) (budget * 0.9);
        for (int i = 0; i < drop; i++) {
            nodes.remove(all.get(i).getKey());
        }
        complete = false;
        evictions.addAndGet(drop);
    }

    /** The graph at one revision; loads missing adjacency lists in one batch per call. */
    private final class View implements GraphView {
        private final long pinned;
        private final long pinnedSeq;
        private final Map<String, ConceptInfo> infoMap = infos;
        private final Map<String, Entry> nodeMap = nodes;

        View(long pinned, long pinnedSeq) {
            this.pinned = pinned;
            this.pinnedSeq = pinnedSeq;
        }

        @Override
        public long revision() {
            return pinned;
        }

        @Override
        public ConceptInfo info(String id) {
            return infoMap.get(id);
        }

        @Override
        public Collection<ConceptInfo> concepts() {
            return infoMap.values();
        }

        @Override
        public Map<String, ConceptNode> nodes(Collection<String> ids) {
            Map<String, ConceptNode> out = new HashMap<>(ids.size() * 2);
            List<String> missing = null;
            long now = tick.get();
            for (String id : ids) {
                Entry e = nodeMap.get(id);
                if (e != null) {
                    e.used = now;
                    out.put(id, e.node);
                } else if (infoMap.containsKey(id) && !out.containsKey(id)) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(id);
                }
            }
            if (missing != null) {
                if (seq != pinnedSeq && !lock.isHeldByCurrentThread()) {
                    throw new Stale();
                }
                out.putAll(load(missing, pinned));
            }
            return out;
        }

        @Override
        public ConceptNode[] nodesInOrder(List<String> ids) {
            ConceptNode[] out = new ConceptNode[ids.size()];
            long now = tick.get();
            boolean missing = false;
            for (int i = 0; i < out.length; i++) {
                Entry e = nodeMap.get(ids.get(i));
                if (e != null) {
                    e.used = now;
                    out[i] = e.node;
                } else {
                    missing |= infoMap.containsKey(ids.get(i));
                }
            }
            if (missing) {
                List<String> absent = new ArrayList<>();
                for (int i = 0; i < out.length; i++) {
                    if (out[i] == null) {
                        absent.add(ids.get(i));
                    }
                }
                Map<String, ConceptNode> loaded = nodes(absent);
                for (int i = 0; i < out.length; i++) {
                    if (out[i] == null) {
                        out[i] = loaded.get(ids.get(i));
                    }
                }
            }
            return out;
        }

        @Override
        public Map<String, RelationType> types() {
            return types;
        }

        @Override
        public List<TopicInfo> topics() {
            return topics;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T derived(String key, Function<GraphView, T> compute) {
            Map<String, Object> memo = derived;
            if (seq != pinnedSeq) {
                return compute.apply(this);
            }
            Object value = memo.get(key);
            if (value == null) {
                value = compute.apply(this);
                if (seq == pinnedSeq) {
                    memo.putIfAbsent(key, value);
                }
            }
            return (T) value;
        }

        /** The search index, consistent with this view. */
        public TextIndex text() {
            return text;
        }
    }

    /** The search index of the pinned state (only meaningful inside {@link #read}). */
    public static TextIndex text(GraphView view) {
        return ((View) view).text();
    }
}
