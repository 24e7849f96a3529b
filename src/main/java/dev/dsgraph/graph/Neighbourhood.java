package dev.dsgraph.graph;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.cache.IdIndex;
import dev.dsgraph.graph.GraphModels.Edge;
import dev.dsgraph.graph.GraphModels.Node;
import dev.dsgraph.graph.GraphModels.Subgraph;
import dev.dsgraph.relation.RelationReading;
import dev.dsgraph.relation.RelationType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        // interned like the types of the adjacency lists, so that looking one up compares references
        Set<String> allowed = new HashSet<>();
        types.forEach(t -> allowed.add(t.intern()));
        // the concepts found, numbered in the order found (by level, by id within a level), with their distance
        IdIndex found = new IdIndex(MAX_NODES + 1);
        int[] distance = new int[MAX_NODES + 1];
        found.add(id);
        Map<String, ConceptNode> nodes = new HashMap<>(view.nodes(List.of(id)));
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            Map<String, ConceptNode> current = view.nodes(frontier);
            nodes.putAll(current);
            // the smallest new ids, as many as still fit (and one more, to know whether the cap cut the level)
            int room = MAX_NODES - found.size() + 1;
            TreeSet<String> next = new TreeSet<>();
            for (String at : frontier) {
                ConceptNode node = current.get(at);
                if (node == null) {
                    continue;
                }
                for (Rel r : node.relations()) {
                    String other = r.other();
                    if (next.size() >= room && other.compareTo(next.last()) >= 0) {
                        break; // the list is in id order: nothing further along would fit either
                    }
                    if (found.indexOf(other, r.otherHash()) < 0
                            && allowed.contains(r.type())
                            && next.add(other)
                            && next.size() > room) {
                        next.pollLast();
                    }
                }
            }
            List<String> added = new ArrayList<>();
            for (String n : next) {
                if (found.size() >= MAX_NODES) {
                    truncated = true;
                    break;
                }
                distance[found.add(n)] = level;
                added.add(n);
            }
            frontier = added;
        }
        int size = found.size();
        List<String> missing = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            if (!nodes.containsKey(found.id(n))) {
                missing.add(found.id(n));
            }
        }
        if (!missing.isEmpty()) {
            nodes.putAll(view.nodes(missing));
        }
        ConceptNode[] member = new ConceptNode[size];
        for (int n = 0; n < size; n++) {
            member[n] = nodes.get(found.id(n));
        }
        // an edge needs its source's record and adjacency list, as a node does; its target need only be found
        boolean[] valid = new boolean[size];
        for (int n = 0; n < size; n++) {
            valid[n] = member[n] != null && view.info(found.id(n)) != null;
        }
        return new Subgraph(
                id, depth, truncated, nodes(view, found, distance, member), edges(view, found, member, valid, allowed));
    }

    private static List<Node> nodes(GraphView view, IdIndex found, int[] distance, ConceptNode[] member) {
        List<Node> out = new ArrayList<>(member.length);
        for (int n = 0; n < member.length; n++) {
            ConceptInfo info = view.info(found.id(n));
            if (info != null && member[n] != null) {
                out.add(new Node(found.id(n), info.name(), distance[n], info.topics()));
            }
        }
        out.sort(Comparator.comparing(Node::distance).thenComparing(Node::id));
        return out;
    }

    /**
     * Every relation of the allowed types among the concepts found, in edge-id order. Each pair of concepts is read from
     * one side only, the one with the shorter adjacency list: that side scans its list (looking each other end up among
     * the concepts found) or, when it has far more relations than there are concepts with longer lists, looks those up
     * in its sorted list. So a hub among the concepts costs a few searches, never a scan of its thousands of relations.
     */
    private static List<Edge> edges(
            GraphView view, IdIndex found, ConceptNode[] member, boolean[] valid, Set<String> allowed) {
        int size = member.length;
        // rank by adjacency list length (ties by number): a pair is read from its lower-ranked side; a concept without
        // a record ranks last and reads none
        Integer[] byLength = new Integer[size];
        for (int n = 0; n < size; n++) {
            byLength[n] = n;
        }
        Arrays.sort(
                byLength,
                Comparator.comparingInt((Integer n) -> valid[n] ? member[n].relations().length : Integer.MAX_VALUE)
                        .thenComparingInt(n -> n));
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[byLength[r]] = r;
        }
        List<Pending> pending = new ArrayList<>();
        for (int v = 0; v < size; v++) {
            ConceptNode node = member[v];
            if (!valid[v]) {
                continue;
            }
            Rel[] rels = node.relations();
            int higher = size - 1 - rank[v];
            // a search step reads a relation, its other end and that string's bytes; a scan step only the relation,
            // mostly next to the one before: about four scan steps to a search step
            int searchCost = 4 * (32 - Integer.numberOfLeadingZeros(rels.length));
            if (rels.length <= (long) higher * searchCost) {
                for (Rel r : rels) {
                    int u = found.indexOf(r.other(), r.otherHash());
                    if (u >= 0 && rank[u] > rank[v]) {
                        take(pending, allowed, valid, v, u, r);
                    }
                }
            } else {
                for (int k = rank[v] + 1; k < size; k++) {
                    int u = byLength[k];
                    String other = found.id(u);
                    for (int i = node.firstWith(other);
                            i >= 0 && i < rels.length && rels[i].other().equals(other);
                            i++) {
                        take(pending, allowed, valid, v, u, rels[i]);
                    }
                }
            }
        }
        // edge ids are "source|TYPE|target" and ids hold no '|': their order is that of source + "|", then type + "|",
        // then target; compared by ranks instead of building and comparing the long strings
        int[] sourceOrder = orderOfIds(found, size);
        Map<String, RelationType> defs = view.types();
        pending.sort((x, y) -> {
            int c = Integer.compare(sourceOrder[x.source], sourceOrder[y.source]);
            if (c == 0) {
                c = TYPE_ORDER.compare(x.rel.type(), y.rel.type());
            }
            return c != 0 ? c : found.id(x.target).compareTo(found.id(y.target));
        });
        List<Edge> edges = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            String source = found.id(p.source);
            String target = found.id(p.target);
            Rel r = p.rel;
            edges.add(new Edge(
                    source + "|" + r.type() + "|" + target,
                    source,
                    target,
                    r.type(),
                    RelationReading.label(defs, r.type(), true),
                    RelationReading.symmetric(defs, r.type()),
                    r.reason(),
                    r.weight()));
        }
        return edges;
    }

    /** A relation among the concepts found, in its stored direction, as concept numbers. */
    private record Pending(int source, int target, Rel rel) {}

    /** Relation {@code r} of concept {@code v} to concept {@code u}: an edge when its type is followed. */
    private static void take(List<Pending> pending, Set<String> allowed, boolean[] valid, int v, int u, Rel r) {
        if (allowed.contains(r.type())) {
            if (r.outgoing()) {
                pending.add(new Pending(v, u, r));
            } else if (valid[u]) {
                pending.add(new Pending(u, v, r));
            }
        }
    }

    /**
     * Orders strings as {@code a + "|"} and {@code b + "|"} compare, without building them: a string that is a prefix
     * of another comes after it when the other's next character is below {@code '|'} (as id and type characters are).
     */
    static int compareBarred(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
        if (a.length() == b.length()) {
            return 0;
        }
        return a.length() == n ? '|' - b.charAt(n) : a.charAt(n) - '|';
    }

    /** Type names in the order of {@code type + "|"}. */
    private static final Comparator<String> TYPE_ORDER = (a, b) -> a == b ? 0 : compareBarred(a, b);

    /** Each concept number's position in the order of {@code id + "|"}. */
    private static int[] orderOfIds(IdIndex found, int size) {
        Integer[] order = new Integer[size];
        for (int n = 0; n < size; n++) {
            order[n] = n;
        }
        Arrays.sort(order, (x, y) -> compareBarred(found.id(x), found.id(y)));
        int[] position = new int[size];
        for (int i = 0; i < size; i++) {
            position[order[i]] = i;
        }
        return position;
    }
}
