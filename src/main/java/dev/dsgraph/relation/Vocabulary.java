package dev.dsgraph.relation;

import dev.dsgraph.cache.GraphCache;
import dev.dsgraph.cache.GraphView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;

/** The relation vocabulary, as the graph cache holds it at its current revision. */
@ApplicationScoped
public class Vocabulary {

    private final GraphCache cache;

    Vocabulary(GraphCache cache) {
        this.cache = cache;
    }

    /** Every relation type by its name, in name order. */
    public Map<String, RelationType> types() {
        return cache.read(GraphView::types).value();
    }

    /** The names of the types, in order. */
    public Set<String> names() {
        return types().keySet();
    }

    /** The type named {@code type}, or null when the vocabulary has no such type. */
    public RelationType get(String type) {
        return types().get(type);
    }
}
