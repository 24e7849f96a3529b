package dev.dsgraph.support;

import org.neo4j.driver.TransactionContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Appends change records to the feed, inside the write transaction that made the changes. */
public final class ChangeLog {

    private static final String APPEND = """
            MATCH (m:Meta {id: 'graph'})
            WITH m, coalesce(m.changeSeq, 0) AS base
            UNWIND range(0, size($changes) - 1) AS i
            WITH m, base, i, $changes[i] AS ch
            CREATE (c:Change {seq: base + i + 1, revision: $revision, at: datetime(), op: ch.op, entity: ch.entity,
                              id: ch.id, type: ch.type, from: ch.from, to: ch.to, source: $source})
            WITH m, max(base + i + 1) AS last
            SET m.changeSeq = last
            """;

    private ChangeLog() {}

    /** One change of a concept. */
    public static Map<String, Object> concept(String op, String id) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("op", op);
        change.put("entity", "concept");
        change.put("id", id);
        return change;
    }

    /** One change of a relation. */
    public static Map<String, Object> relation(String op, String from, String type, String to) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("op", op);
        change.put("entity", "relation");
        change.put("id", from + "|" + type + "|" + to);
        change.put("from", from);
        change.put("type", type);
        change.put("to", to);
        return change;
    }

    /** Appends the changes under one revision (bumped by the caller in the same transaction). */
    public static void append(TransactionContext tx, long revision, String source, List<Map<String, Object>> changes) {
        if (!changes.isEmpty()) {
            tx.run(APPEND, Map.of("revision", revision, "source", source, "changes", changes))
                    .consume();
        }
    }
}
