package dev.dsgraph.learning;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.learning.LearningModels.LearningPath;
import dev.dsgraph.learning.LearningModels.Level;
import dev.dsgraph.learning.LearningModels.Step;
import dev.dsgraph.learning.LearningModels.Unlocked;
import dev.dsgraph.learning.LearningModels.Unlocks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prerequisite ({@code PREREQUISITE_OF}) traversals over a {@link GraphView}: learning paths and what a concept
 * unlocks. Pure; one batch of adjacency lists per level of the walk.
 */
public final class LearningPaths {

    static final String PREREQUISITE_OF = "PREREQUISITE_OF";

    private LearningPaths() {}

    /**
     * The concept and everything reachable from it over PREREQUISITE_OF in one direction (backwards: its
     * prerequisites; forwards: what it unlocks), each with its direct neighbours in that direction (sorted: adjacency lists are).
     */
    private static Map<String, List<String>> closure(GraphView view, String id, boolean backwards) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        Collection<String> frontier = List.of(id);
        while (!frontier.isEmpty()) {
            Map<String, ConceptNode> nodes = view.nodes(frontier);
            LinkedHashSet<String> added = new LinkedHashSet<>();
            for (String at : frontier) {
                ConceptNode node = nodes.get(at);
                List<String> neighbours = new ArrayList<>();
                if (node != null) {
                    for (Rel r : node.relations()) {
                        if (r.type().equals(PREREQUISITE_OF) && r.outgoing() != backwards) {
                            neighbours.add(r.other());
                        }
                    }
                }
                next.put(at, neighbours); // in adjacency order: whoever needs an order sorts

                for (String n : neighbours) {
                    if (!next.containsKey(n)) {
                        added.add(n);
                    }
                }
            }
            added.removeIf(next::containsKey);
            frontier = added;
        }
        return next;
    }

    /**
     * Everything to learn before {@code id}: walking back from it over PREREQUISITE_OF without entering a known
     * concept, then levels of a topological order (level = 1 + the highest level among its prerequisites on the path).
     */
    public static Optional<LearningPath> learningPath(GraphView view, String id, List<String> known) {
        return learningPath(view, id, known, Integer.MAX_VALUE);
    }

    /**
     * As {@link #learningPath(GraphView, String, List)}, with at most {@code limit} concepts in the order and the
     * levels: the first ones of the study order, a valid start on their own; {@code total} still counts them all.
     */
    public static Optional<LearningPath> learningPath(GraphView view, String id, List<String> known, int limit) {
        ConceptInfo concept = view.info(id);
        if (concept == null) {
            return Optional.empty();
        }
        Map<String, List<String>> requires = closure(view, id, true);
        Set<String> knownSet = new HashSet<>(known);
        Set<String> included = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String pre : requires.getOrDefault(at, List.of())) {
                if (!knownSet.contains(pre) && included.add(pre)) {
                    queue.add(pre);
                }
            }
        }
        Map<String, Integer> level = new HashMap<>();
        for (String n : included) {
            levelOf(n, requires, included, level);
        }
        // ids by level; the steps (names, sorted prerequisites) are made only for the concepts listed
        TreeMap<Integer, List<String>> levels = new TreeMap<>();
        for (String n : included) {
            levels.computeIfAbsent(level.get(n), k -> new ArrayList<>()).add(n);
        }
        List<Level> out = new ArrayList<>();
        List<String> order = new ArrayList<>();
        int total = included.size();
        for (var e : levels.entrySet()) {
            List<String> ids = e.getValue();
            ids.sort(null);
            List<Step> kept = new ArrayList<>();
            for (String n : ids.subList(0, Math.min(ids.size(), Math.max(0, limit - order.size())))) {
                ConceptInfo info = view.info(n);
                List<String> req = requires.getOrDefault(n, List.of()).stream()
                        .filter(included::contains)
                        .sorted()
                        .toList();
                kept.add(new Step(
                        n, info == null ? n : info.name(), info == null ? "" : info.summary(), e.getKey(), req));
                order.add(n);
            }
            if (kept.isEmpty()) {
                break;
            }
            out.add(new Level(e.getKey(), List.copyOf(kept)));
        }
        List<String> skipped = requires.keySet().stream()
                .filter(n -> !n.equals(id) && !included.contains(n))
                .sorted()
                .toList();
        return Optional.of(new LearningPath(id, concept.name(), known, skipped, total, order, out));
    }

    private static int levelOf(
            String n, Map<String, List<String>> requires, Set<String> included, Map<String, Integer> level) {
        Integer known = level.get(n);
        if (known != null) {
            return known;
        }
        int l = 1;
        for (String pre : requires.getOrDefault(n, List.of())) {
            if (included.contains(pre)) {
                l = Math.max(l, levelOf(pre, requires, included, level) + 1);
            }
        }
        level.put(n, l);
        return l;
    }

    /** Everything {@code id} is a prerequisite for, with the fewest steps to reach it. */
    public static Optional<Unlocks> unlocks(GraphView view, String id) {
        return unlocks(view, id, Integer.MAX_VALUE);
    }

    /** As {@link #unlocks(GraphView, String)}, with the first {@code limit} items; the counts still count them all. */
    public static Optional<Unlocks> unlocks(GraphView view, String id, int limit) {
        ConceptInfo concept = view.info(id);
        if (concept == null) {
            return Optional.empty();
        }
        // breadth-first, one batch of adjacency lists per level; a level is sorted by id only while it is listed
        Set<String> seen = new HashSet<>(List.of(id));
        List<String> frontier = List.of(id);
        List<Unlocked> items = new ArrayList<>();
        int total = 0;
        int direct = 0;
        for (int distance = 1; !frontier.isEmpty(); distance++) {
            Map<String, ConceptNode> nodes = view.nodes(frontier);
            List<String> next = new ArrayList<>();
            for (String at : frontier) {
                ConceptNode node = nodes.get(at);
                if (node == null) {
                    continue;
                }
                for (Rel r : node.relations()) {
                    if (r.outgoing() && r.type().equals(PREREQUISITE_OF) && seen.add(r.other())) {
                        next.add(r.other());
                    }
                }
            }
            total += next.size();
            direct += distance == 1 ? next.size() : 0;
            if (items.size() < limit) {
                next.sort(null);
                for (String n : next.subList(0, Math.min(next.size(), limit - items.size()))) {
                    ConceptInfo info = view.info(n);
                    items.add(new Unlocked(n, info == null ? n : info.name(), distance, distance == 1));
                }
            }
            frontier = next;
        }
        return Optional.of(new Unlocks(id, concept.name(), direct, total, items));
    }
}
