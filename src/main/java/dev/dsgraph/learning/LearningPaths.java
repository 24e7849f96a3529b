package dev.dsgraph.learning;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.cache.IdIndex;
import dev.dsgraph.learning.LearningModels.LearningPath;
import dev.dsgraph.learning.LearningModels.Level;
import dev.dsgraph.learning.LearningModels.Step;
import dev.dsgraph.learning.LearningModels.Unlocked;
import dev.dsgraph.learning.LearningModels.Unlocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Prerequisite ({@code PREREQUISITE_OF}) traversals over a {@link GraphView}: learning paths and what a concept
 * unlocks. Pure; one batch of adjacency lists per level of the walk.
 */
public final class LearningPaths {

    static final String PREREQUISITE_OF = "PREREQUISITE_OF";

    private LearningPaths() {}

    /**
     * The concept (number 0) and everything reachable from it backwards over PREREQUISITE_OF (its prerequisites, theirs,
     * ...), numbered in breadth-first order, each with its direct prerequisites in adjacency order (by id): a compact
     * adjacency list ({@code first[n]} to {@code first[n + 1]} in {@code to}). One batch of adjacency lists per level.
     */
    private record Closure(IdIndex index, int[] first, int[] to) {

        int size() {
            return index.size();
        }

        static Closure of(GraphView view, String id) {
            IdIndex index = new IdIndex(64);
            index.add(id);
            int[] first = new int[65];
            int[] to = new int[64];
            int edges = 0;
            int done = 0;
            List<String> batch = new ArrayList<>();
            while (done < index.size()) {
                int end = index.size();
                batch.clear();
                for (int n = done; n < end; n++) {
                    batch.add(index.id(n));
                }
                ConceptNode[] nodes = view.nodesInOrder(batch);
                for (int n = done; n < end; n++) {
                    first[n] = edges;
                    ConceptNode node = nodes[n - done];
                    if (node != null) {
                        for (Rel r : node.relations(PREREQUISITE_OF, false)) {
                            if (edges == to.length) {
                                to = Arrays.copyOf(to, edges * 2);
                            }
                            to[edges++] = index.add(r.other(), r.otherHash());
                        }
                    }
                    if (index.size() + 1 >= first.length) {
                        first = Arrays.copyOf(first, Math.max(first.length * 2, index.size() + 2));
                    }
                }
                done = end;
            }
            first[done] = edges;
            return new Closure(index, first, to);
        }
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
        Closure c = Closure.of(view, id);
        int size = c.size();
        boolean[] isKnown = new boolean[size];
        for (String k : known) {
            int n = c.index().indexOf(k);
            if (n >= 0) {
                isKnown[n] = true;
            }
        }
        // on the path: reachable from the concept without entering a known one (breadth-first over numbers)
        boolean[] included = new boolean[size];
        int[] queue = new int[size];
        int tail = 0;
        queue[tail++] = 0;
        int total = 0;
        for (int head = 0; head < tail; head++) {
            int at = queue[head];
            for (int e = c.first()[at]; e < c.first()[at + 1]; e++) {
                int pre = c.to()[e];
                if (!isKnown[pre] && !included[pre] && pre != 0) {
                    included[pre] = true;
                    queue[tail++] = pre;
                    total++;
                }
            }
        }
        int[] level = levels(c, included);
        // the concepts of each level, then the listed ones: the first of the lowest levels, by id within a level
        int maxLevel = 0;
        for (int n = 1; n < size; n++) {
            maxLevel = Math.max(maxLevel, level[n]);
        }
        int[] start = new int[maxLevel + 2];
        for (int n = 1; n < size; n++) {
            if (included[n]) {
                start[level[n] + 1]++;
            }
        }
        for (int l = 1; l <= maxLevel + 1; l++) {
            start[l] += start[l - 1];
        }
        int[] byLevel = new int[total];
        int[] fill = Arrays.copyOf(start, start.length);
        for (int n = 1; n < size; n++) {
            if (included[n]) {
                byLevel[fill[level[n]]++] = n;
            }
        }
        List<Level> out = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int l = 1; l <= maxLevel && order.size() < limit; l++) {
            List<String> ids = firstById(c.index(), byLevel, start[l], start[l + 1], limit - order.size());
            if (ids.isEmpty()) {
                continue; // no level is empty without a cycle, which writes refuse
            }
            List<Step> kept = new ArrayList<>(ids.size());
            for (String n : ids) {
                int at = c.index().indexOf(n);
                List<String> req = new ArrayList<>();
                for (int e = c.first()[at]; e < c.first()[at + 1]; e++) {
                    if (included[c.to()[e]]) {
                        req.add(c.index().id(c.to()[e]));
                    }
                }
                req.sort(null);
                ConceptInfo info = view.info(n);
                kept.add(new Step(
                        n, info == null ? n : info.name(), info == null ? "" : info.summary(), l, List.copyOf(req)));
                order.add(n);
            }
            out.add(new Level(l, List.copyOf(kept)));
        }
        List<String> skipped = new ArrayList<>();
        for (int n = 1; n < size; n++) {
            if (!included[n]) {
                skipped.add(c.index().id(n));
            }
        }
        skipped.sort(null);
        return Optional.of(new LearningPath(id, concept.name(), known, skipped, total, order, out));
    }

    /**
     * Each included concept's level: 1 + the highest level among its included prerequisites (1 with none). An
     * iterative depth-first walk (a recursive one would overflow the stack on a long chain); a concept met again while
     * it is being walked (a cycle, which writes refuse) counts as level 0 there.
     */
    private static int[] levels(Closure c, boolean[] included) {
        int size = c.size();
        int[] level = new int[size];
        int[] cursor = new int[size];
        int[] stack = new int[size];
        for (int s = 1; s < size; s++) {
            if (!included[s] || level[s] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            level[s] = -1; // being walked
            cursor[s] = c.first()[s];
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < c.first()[v + 1]) {
                    int u = c.to()[cursor[v]++];
                    if (included[u] && level[u] == 0) {
                        level[u] = -1;
                        cursor[u] = c.first()[u];
                        stack[top++] = u;
                    }
                } else {
                    int l = 1;
                    for (int e = c.first()[v]; e < c.first()[v + 1]; e++) {
                        int u = c.to()[e];
                        if (included[u]) {
                            l = Math.max(l, level[u] + 1);
                        }
                    }
                    level[v] = l;
                    top--;
                }
            }
        }
        return level;
    }

    /** The first {@code count} ids, by id, of the concepts {@code numbers[from..to)}: a bounded heap when few are wanted. */
    private static List<String> firstById(IdIndex index, int[] numbers, int from, int to, int count) {
        List<String> ids;
        if (to - from <= count) {
            ids = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                ids.add(index.id(numbers[i]));
            }
        } else {
            PriorityQueue<String> largestKept = new PriorityQueue<>(count + 1, Comparator.reverseOrder());
            for (int i = from; i < to; i++) {
                String id = index.id(numbers[i]);
                if (largestKept.size() < count) {
                    largestKept.add(id);
                } else if (id.compareTo(largestKept.peek()) < 0) {
                    largestKept.poll();
                    largestKept.add(id);
                }
            }
            ids = new ArrayList<>(largestKept);
        }
        ids.sort(null);
        return ids;
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
                for (Rel r : node.relations(PREREQUISITE_OF, true)) {
                    if (seen.add(r.other())) {
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
