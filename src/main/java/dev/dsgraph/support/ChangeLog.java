package dev.dsgraph.support;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;

/** The change feed: appends typed change records inside the write that made them, and reads them back in order. */
public final class ChangeLog {

    /**
     * Appends {@code $changes} under a revision ({@code %s}, an expression over the {@code :Meta} node {@code m} or a
     * parameter) and returns it; {@link GraphRevision} puts it after its bump, so a write does both in one statement.
     */
    static final String APPEND_TO_META = """
            WITH m, coalesce(m.changeSeq, 0) AS base, %s AS revision
            UNWIND range(0, size($changes) - 1) AS i
            WITH m, base, revision, i, $changes[i] AS ch
            CREATE (c:Change {seq: base + i + 1, revision: revision, at: datetime(), op: ch.op, entity: ch.entity,
                              id: ch.id, type: ch.type, from: ch.from, to: ch.to, source: $source})
            WITH m, revision, max(base + i + 1) AS last
            SET m.changeSeq = last
            RETURN revision
            """;

    private static final String APPEND = "MATCH (m:Meta {id: 'graph'})\n" + APPEND_TO_META.formatted("$revision");

    private static final String PAGE = """
            MATCH (c:Change) WHERE c.revision > $since
            WITH c ORDER BY c.seq
            WITH collect(c) AS changes
            RETURN size(changes) AS total,
                   [x IN changes[$skip..($skip + $limit)] | x {.seq, .revision, at: toString(x.at), .op, .entity, .id,
                                                               .type, .from, .to, .source}] AS items
            """;

    /** One record of the feed: its position, the revision of its write, when, the change, and which writer made it. */
    public record Entry(long seq, long revision, String at, Change change, String source) {}

    /** One page of the feed, and how many records follow the revision asked for. */
    public record Page(long total, List<Entry> items) {}

    private ChangeLog() {}

    /** One change of a concept; {@code op} as the feed names it (created, updated, deleted). */
    public static Change concept(String op, String id) {
        return Change.concept(Change.Op.of(op), id);
    }

    /** One change of a relation; {@code op} as the feed names it (created, updated, deleted). */
    public static Change relation(String op, String from, String type, String to) {
        return Change.relation(Change.Op.of(op), from, type, to);
    }

    /** Appends the changes under one revision (bumped by the caller in the same transaction). */
    public static void append(TransactionContext tx, long revision, String source, List<? extends Change> changes) {
        if (!changes.isEmpty()) {
            tx.run(APPEND, Map.of("revision", revision, "source", source, "changes", rows(changes)))
                    .consume();
        }
    }

    /** The rows a {@code $changes} parameter takes. */
    static List<Map<String, Object>> rows(List<? extends Change> changes) {
        return changes.stream().map(Change::row).toList();
    }

    /** The records after revision {@code since}, oldest first: {@code limit} of them from position {@code skip}. */
    public static Page page(GraphDb db, long since, long skip, int limit) {
        var row = db.read(PAGE, Map.of("since", since, "skip", skip, "limit", limit), r -> r)
                .get(0);
        List<Entry> items = row.get("items")
                .asList(v -> new Entry(
                        v.get("seq").asLong(),
                        v.get("revision").asLong(),
                        v.get("at").asString(null),
                        change(v),
                        v.get("source").asString(null)));
        return new Page(row.get("total").asLong(), items);
    }

    /** The change a {@code (:Change)} node or a row with its properties records. */
    public static Change change(Value v) {
        return Change.of(
                v.get("entity").asString(),
                v.get("op").asString(),
                v.get("id").asString(),
                v.get("from").asString(null),
                v.get("type").asString(null),
                v.get("to").asString(null));
    }
}
