package dev.dsgraph.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the records and adjacency lists of a whole graph from one entry per concept and each relation once, in its
 * stored direction (both ends' lists are made from it): the full fill from Neo4j and the cache snapshot read the graph
 * that way. Every id is held as one shared string (the first one met), so the lists reference the records' ids.
 */
final class GraphAssembly {

    /** A concept's fields beyond its record, held until every relation is in. */
    record NodeFields(String details, List<String> examples, String figures, String origin, long version, int degree) {}

    private final Map<String, String> ids;
    private final Map<String, List<ConceptNode.Rel>> adjacency;
    private final List<ConceptInfo> infos;
    private final List<NodeFields> fields;

    GraphAssembly(int expected) {
        ids = new HashMap<>(Math.max(16, expected * 2));
        adjacency = new HashMap<>(Math.max(16, expected * 2));
        infos = new ArrayList<>(expected);
        fields = new ArrayList<>(expected);
    }

    /** The shared string of an id. */
    String id(String id) {
        return ids.computeIfAbsent(id, k -> k);
    }

    /** A concept (its id already {@link #id shared}), in the order they are listed. */
    void concept(ConceptInfo info, NodeFields f) {
        infos.add(info);
        fields.add(f);
        adjacency.computeIfAbsent(info.id(), k -> new ArrayList<>());
    }

    /** A relation from {@code from} (a shared id) to {@code to}, as stored. */
    void relation(String from, String type, String to, double weight, String reason, boolean api) {
        String end = id(to);
        String kind = type.intern();
        adjacency
                .computeIfAbsent(from, k -> new ArrayList<>())
                .add(new ConceptNode.Rel(kind, true, end, weight, reason, api));
        adjacency
                .computeIfAbsent(end, k -> new ArrayList<>())
                .add(new ConceptNode.Rel(kind, false, from, weight, reason, api));
    }

    /** The concepts' records, in the order listed. */
    List<ConceptInfo> infos() {
        return infos;
    }

    /** The nodes, in the order listed, each adjacency list in {@link GraphStore#ADJACENCY_ORDER}. Call once. */
    List<ConceptNode> nodes() {
        List<ConceptNode> all = new ArrayList<>(infos.size());
        for (int i = 0; i < infos.size(); i++) {
            String id = infos.get(i).id();
            NodeFields f = fields.get(i);
            ConceptNode.Rel[] rels = adjacency.get(id).toArray(ConceptNode.Rel[]::new);
            Arrays.sort(rels, GraphStore.ADJACENCY_ORDER);
            all.add(new ConceptNode(
                    id, f.details(), f.examples(), f.figures(), f.origin(), f.version(), f.degree(), rels));
            fields.set(i, null);
        }
        return all;
    }

    /** The texts search indexes for a concept: name, aliases, summary and details. */
    static List<String> text(ConceptInfo info, String details) {
        return List.of(info.name(), String.join(" ; ", info.aliases()), info.summary(), details);
    }
}
