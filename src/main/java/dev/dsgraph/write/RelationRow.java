package dev.dsgraph.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A relation as every writer stores it: its ends, type, reason and weight. */
public record RelationRow(String from, String type, String to, String reason, double weight) {

    /** The tombstone key of a relation deleted through the API. */
    public static String key(String from, String type, String to) {
        return "relation:" + from + "|" + type + "|" + to;
    }

    /** The row as the upsert takes it, with the tombstone keys that mark it deleted (both directions if symmetric). */
    Map<String, Object> toMap(boolean symmetric) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("type", type);
        m.put("to", to);
        m.put("reason", reason);
        m.put("weight", weight);
        m.put(
                "tombstones",
                symmetric ? List.of(key(from, type, to), key(to, type, from)) : List.of(key(from, type, to)));
        return m;
    }
}
