package dev.dsgraph.relation;

import dev.dsgraph.support.GraphDb;
import dev.dsgraph.support.GraphRevision;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The relation vocabulary, read from Neo4j and kept until the graph revision moves. */
@ApplicationScoped
public class Vocabulary {

    private static final String ALL = """
            MATCH (t:RelationType)
            RETURN t.type AS type, t.label AS label, t.inverse AS inverse, t.description AS description,
                   t.symmetric AS symmetric, t.acyclic AS acyclic, t.weight AS weight
            ORDER BY t.type
            """;

    private record Snapshot(long revision, Map<String, RelationType> types) {
    }

    private final GraphDb db;
    private final GraphRevision revision;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    Vocabulary(GraphDb db, GraphRevision revision) {
        this.db = db;
        this.revision = revision;
    }

    /** Every relation type, by name, in name order. */
    public Map<String, RelationType> types() {
        long rev = revision.current();
        Snapshot s = snapshot;
        if (s.revision() != rev || s.types().isEmpty()) {
            Map<String, RelationType> types = new LinkedHashMap<>();
            db.read(ALL, Map.of(), RelationType::from).forEach(t -> types.put(t.type(), t));
            s = new Snapshot(rev, Map.copyOf(types));
            snapshot = s;
        }
        return s.types();
    }

    public Set<String> names() {
        return types().keySet();
    }

    public List<RelationType> list() {
        return types().values().stream().sorted((a, b) -> a.type().compareTo(b.type())).toList();
    }

    public RelationType get(String type) {
        return types().get(type);
    }

    /** How a type reads from its start node (forward) or its end node (backward); symmetric types read the same. */
    public String label(String type, boolean forward) {
        RelationType t = get(type);
        if (t == null) {
            return type.toLowerCase().replace('_', ' ');
        }
        return forward || t.symmetric() ? t.label() : t.inverse();
    }
}
