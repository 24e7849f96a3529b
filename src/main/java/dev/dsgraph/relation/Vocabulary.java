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

    /** Every relation type, by name. */
    public Map<String, RelationType> types() {
        return cache.read(GraphView::types).value();
    }

    public Set<String> names() {
        return types().keySet();
    }

    public RelationType get(String type) {
        return types().get(type);
    }
}
