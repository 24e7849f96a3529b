package dev.dsgraph.concept;

import dev.dsgraph.support.GraphDb;
import dev.dsgraph.support.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers whether concepts exist, so endpoints can give 404 naming the unknown id. */
@ApplicationScoped
public class ConceptLookup {

    private static final String EXISTING = "MATCH (c:Concept) WHERE c.id IN $ids RETURN c.id AS id";

    private final GraphDb db;

    ConceptLookup(GraphDb db) {
        this.db = db;
    }

    /** Throws 404 naming {@code parameter} unless the concept exists. */
    public void require(String parameter, String id) {
        requireAll(parameter, List.of(id));
    }

    /** Throws 404 naming {@code parameter} and the first unknown id unless every concept exists. */
    public void requireAll(String parameter, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> found = new HashSet<>(db.read(EXISTING, Map.of("ids", List.copyOf(ids)), r -> r.get("id").asString()));
        for (String id : ids) {
            if (!found.contains(id)) {
                throw ProblemException.notFound(parameter, "No concept with id '" + id + "'");
            }
        }
    }
}
