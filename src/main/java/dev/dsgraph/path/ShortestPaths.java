package dev.dsgraph.path;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.support.Explained;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All shortest routes between two concepts, following relations of the allowed types in either direction: a
 * breadth-first search from both ends that always widens the smaller frontier (one batch of adjacency lists per
 * level), then every route through the concepts where the two searches meet. A route is a sequence of concepts:
 * parallel relations between two concepts make one step (the strongest relation, the others as its parallel ones),
 * so no route is listed twice. Pure: reads a {@link GraphView}.
 */
public final class ShortestPaths {

    /** Paths enumerated at most before sorting; the answer keeps the first {@code limit} of them by their ids. */
    static final int ENUMERATION_CAP = 10_000;

    private ShortestPaths() {}

    /** How a concept was reached: from {@code via}, over {@code rel} as seen from {@code via}. */
    private record Pred(String via, Rel rel) {}

    /** One side of the search. */
    private static final class Side {
        final Map<String, Integer> dist = new HashMap<>();
        final Map<String, List<Pred>> preds = new HashMap<>();
        List<String> frontier;
        int depth;

        Side(String start) {
            dist.put(start, 0);
            frontier = List.of(start);
        }

        /** Widens the frontier by one level; returns the concepts reached for the first time. */
        Set<String> expand(GraphView view, Set<String> allowed) {
            Map<String, ConceptNode> nodes = view.nodes(frontier);
            Set<String> added = new LinkedHashSet<>();
            for (String u : frontier) {
                ConceptNode node = nodes.get(u);
                if (node == null) {
                    continue;
                }
                for (Rel r : node.relations()) {
                    if (!allowed.contains(r.type())) {
                        continue;
                    }
                    Integer known = dist.get(r.other());
                    if (known == null) {
                        dist.put(r.other(), depth + 1);
                        added.add(r.other());
                    } else if (known != depth + 1) {
                        continue;
                    }
                    preds.computeIfAbsent(r.other(), k -> new ArrayList<>()).add(new Pred(u, r));
                }
            }
            depth++;
            frontier = List.copyOf(added);
            return added;
        }
    }

    /**
     * The shortest paths of at most {@code maxLength} relations, sorted by the ids along them (then the types), at
     * most {@code limit}; empty when none is that short. Both concepts must exist.
     */
    public static List<Explained> find(
            GraphView view, String from, String to, int maxLength, Collection<String> types, int limit) {
        Set<String> allowed = new HashSet<>(types);
        Side forward = new Side(from);
        Side backward = new Side(to);
        Set<String> meet = new LinkedHashSet<>();
        while (forward.depth + backward.depth < maxLength
                && !forward.frontier.isEmpty()
                && !backward.frontier.isEmpty()) {
            Side side = forward.frontier.size() <= backward.frontier.size() ? forward : backward;
            Side other = side == forward ? backward : forward;
            for (String reached : side.expand(view, allowed)) {
                if (other.dist.containsKey(reached)) {
                    meet.add(reached);
                }
            }
            if (!meet.isEmpty()) {
                break;
            }
        }
        if (meet.isEmpty()) {
            return List.of();
        }
        int shortest = meet.stream()
                .mapToInt(v -> forward.dist.get(v) + backward.dist.get(v))
                .min()
                .orElseThrow();
        Map<String, RelationType> defs = view.types();
        List<List<Explained.Link>> paths = new ArrayList<>();
        for (String v : meet) {
            if (forward.dist.get(v) + backward.dist.get(v) != shortest) {
                continue;
            }
            List<List<Explained.Link>> lefts = new ArrayList<>();
            left(forward, from, v, new ArrayList<>(), lefts, defs);
            List<List<Explained.Link>> rights = new ArrayList<>();
            right(backward, to, v, new ArrayList<>(), rights, defs);
            for (List<Explained.Link> l : lefts) {
                for (List<Explained.Link> r : rights) {
                    if (paths.size() >= ENUMERATION_CAP) {
                        break;
                    }
                    List<Explained.Link> path = new ArrayList<>(l);
                    path.addAll(r);
                    paths.add(path);
                }
            }
        }
        return paths.stream()
                .map(links -> explained(view, from, links))
                .sorted(Comparator.comparing(ShortestPaths::key))
                .distinct()
                .limit(limit)
                .toList();
    }

    /** Every path from the start of {@code side} to {@code v}, in walking order. */
    private static void left(
            Side side,
            String start,
            String v,
            List<Explained.Link> suffix,
            List<List<Explained.Link>> out,
            Map<String, RelationType> defs) {
        if (out.size() >= ENUMERATION_CAP) {
            return;
        }
        if (v.equals(start)) {
            List<Explained.Link> walk = new ArrayList<>(suffix);
            Collections.reverse(walk);
            out.add(walk);
            return;
        }
        for (var via : byVia(side.preds.getOrDefault(v, List.of())).entrySet()) {
            suffix.add(Explained.step(via.getKey(), via.getValue(), defs));
            left(side, start, via.getKey(), suffix, out, defs);
            suffix.remove(suffix.size() - 1);
        }
    }

    /** Every path from {@code v} to the start of {@code side} (the end concept), in walking order. */
    private static void right(
            Side side,
            String end,
            String v,
            List<Explained.Link> prefix,
            List<List<Explained.Link>> out,
            Map<String, RelationType> defs) {
        if (out.size() >= ENUMERATION_CAP) {
            return;
        }
        if (v.equals(end)) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (var via : byVia(side.preds.getOrDefault(v, List.of())).entrySet()) {
            // the relations as seen from v, the concept walked from
            List<Rel> fromV = via.getValue().stream()
                    .map(r -> new Rel(r.type(), !r.outgoing(), via.getKey(), r.weight(), r.reason(), r.api()))
                    .toList();
            prefix.add(Explained.step(v, fromV, defs));
            right(side, end, via.getKey(), prefix, out, defs);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Predecessors grouped by the concept they come from: the relations of one step. */
    private static Map<String, List<Rel>> byVia(List<Pred> preds) {
        Map<String, List<Rel>> grouped = new LinkedHashMap<>();
        preds.forEach(
                p -> grouped.computeIfAbsent(p.via(), k -> new ArrayList<>(1)).add(p.rel()));
        return grouped;
    }

    private static Explained explained(GraphView view, String from, List<Explained.Link> links) {
        List<Explained.Step> steps = new ArrayList<>(List.of(step(view, from)));
        links.forEach(l -> steps.add(step(view, l.to())));
        return new Explained(links.size(), steps, links);
    }

    private static Explained.Step step(GraphView view, String id) {
        ConceptInfo c = view.info(id);
        return new Explained.Step(id, c == null ? id : c.name());
    }

    static String key(Explained p) {
        StringBuilder key = new StringBuilder();
        p.concepts().forEach(c -> key.append(c.id()).append('>'));
        return key.toString();
    }
}
