package dev.dsgraph.graph;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.graph.GraphModels.Edge;
import dev.dsgraph.graph.GraphModels.Node;
import dev.dsgraph.graph.GraphModels.Subgraph;
import dev.dsgraph.relation.RelationReading;
import dev.dsgraph.relation.RelationType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A concept's neighbourhood: breadth-first levels (each level's new concepts in id order, at most
 * {@link #MAX_NODES} in all), then every relation of the allowed types among the concepts found. Pure: reads a
 * {@link GraphView}, one batch of adjacency lists per level.
 */
public final class Neighbourhood {

    public static final int MAX_NODES = 500;

    private Neighbourhood() {}

    public static Subgraph of(GraphView view, String id, int depth, Collection<String> types) {
        Set<String> allowed = new HashSet<>(types);
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(id, 0);
        Map<String, ConceptNode> nodes = new LinkedHashMap<>(view.nodes(List.of(id)));
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            Map<String, ConceptNode> current = view.nodes(frontier);
            nodes.putAll(current);
            // the smallest new ids, as many as still fit (and one more, to know whether the cap cut the level)
            int room = MAX_NODES - distance.size() + 1;
            TreeSet<String> next = new TreeSet<>();
            for (String at : frontier) {
                ConceptNode node = current.get(at);
                if (node == null) {
                    continue;
                }
                for (Rel r : node.relations()) {
                    String other = r.other();
                    if (allowed.contains(r.type())
                            && !distance.containsKey(other)
                            && (next.size() < room || other.compareTo(next.last()) < 0)
                            && next.add(other)
                            && next.size() > room) {
                        next.pollLast();
                    }
                }
            }
            List<String> added = new ArrayList<>();
            for (String n : next) {
                if (distance.size() >= MAX_NODES) {
                    truncated = true;
                    break;
                }
                distance.put(n, level);
                added.add(n);
            }
            frontier = added;
        }
        List<String> missing =
                distance.keySet().stream().filter(n -> !nodes.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            nodes.putAll(view.nodes(missing));
        }
        Map<String, RelationType> defs = view.types();
        List<Node> outNodes = new ArrayList<>();
        List<String> members = new ArrayList<>(distance.keySet());
        List<Edge> edges = new ArrayList<>();
        for (String source : distance.keySet()) {
            ConceptInfo info = view.info(source);
            ConceptNode node = nodes.get(source);
            if (info == null || node == null) {
                continue;
            }
            outNodes.add(new Node(source, info.name(), distance.get(source), info.topics()));
            Rel[] rels = node.relations();
            if (rels.length <= 4 * distance.size()) {
                for (Rel r : rels) {
                    if (distance.containsKey(r.other())) {
                        addEdge(edges, defs, allowed, source, r);
                    }
                }
            } else {
                // a hub: look its neighbours in the subgraph up in its sorted list instead of scanning it all
                for (String other : members) {
                    for (int i = node.firstWith(other);
                            i >= 0 && i < rels.length && rels[i].other().equals(other);
                            i++) {
                        addEdge(edges, defs, allowed, source, rels[i]);
                    }
                }
            }
        }
        outNodes.sort(Comparator.comparing(Node::distance).thenComparing(Node::id));
        edges.sort(Comparator.comparing(Edge::id));
        return new Subgraph(id, depth, truncated, outNodes, edges);
    }

    private static void addEdge(
            List<Edge> edges, Map<String, RelationType> defs, Set<String> allowed, String source, Rel r) {
        if (r.outgoing() && allowed.contains(r.type())) {
            edges.add(new Edge(
                    source + "|" + r.type() + "|" + r.other(),
                    source,
                    r.other(),
                    r.type(),
                    RelationReading.label(defs, r.type(), true),
                    RelationReading.symmetric(defs, r.type()),
                    r.reason(),
                    r.weight()));
        }
    }
}
