package dev.dsgraph.related;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.related.RelatedModels.Algorithm;
import dev.dsgraph.related.RelatedModels.RelatedResult;
import dev.dsgraph.related.RelatedModels.RelatedTopic;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.support.Explained;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Ranks the concepts around one concept. Each simple path p of 1..maxDepth relations contributes
 * {@code prod(weight(r) * typeWeight(type(r))) * hopDecay^(len-1) / prod(sqrt(degree(m)))} over its relations r and
 * intermediate concepts m; a concept's score is the sum over its paths. Ties are broken by id. Pure: reads a
 * {@link GraphView}, one batch of adjacency lists per level.
 */
public final class RelatedRanking {

    public static final String ALGORITHM = "degree-damped-type-weighted-path-sum";
    public static final double HOP_DECAY = 0.5;
    /** Paths are not continued through a concept with more relations than this: their damping makes them negligible. */
    public static final int MAX_EXPANDED_DEGREE = 500;

    public static final String FORMULA = "score(t) = sum over simple routes p from the concept to t with 1..maxDepth"
            + " steps of [ product over steps s of max over the relations r joining the two concepts of s of weight(r) *"
            + " typeWeight(type(r)) ] * hopDecay^(length(p)-1) / product over intermediate concepts m of"
            + " sqrt(degree(m)), where a route is a sequence of concepts (parallel relations between two concepts make one"
            + " step, through the strongest of them; they do not add up) and degree counts all relations of m; routes"
            + " are not continued through a concept with more than " + MAX_EXPANDED_DEGREE + " relations";

    private RelatedRanking() {}

    /**
     * A route so far, as a chain back to the start: the concept reached ({@code at}), the concept before it, and the
     * step between them, the relations {@code rels[from..to)} of the concept before (its adjacency list is sorted by the
     * other end, so a step's relations are consecutive).
     */
    private record Partial(
            String at,
            String before,
            Partial parent,
            ConceptNode.Rel[] rels,
            int from,
            int to,
            double contribution,
            int length) {

        List<Rel> step() {
            return Arrays.asList(rels).subList(from, to);
        }

        String key() {
            StringBuilder key = new StringBuilder();
            for (Partial p = this; p != null; p = p.parent) {
                key.insert(0, p.at + ">");
            }
            return key.toString();
        }
    }

    private static final class Acc {
        final String id;
        double score;
        double rounded;
        int distance = Integer.MAX_VALUE;
        int paths;
        Partial best;
        String bestKey;

        Acc(String id) {
            this.id = id;
        }
    }

    /** The ranked related concepts, or empty when the concept does not exist. */
    public static Optional<RelatedResult> rank(GraphView view, String id, int limit, List<String> types, int maxDepth) {
        ConceptNode start = view.node(id);
        if (start == null) {
            return Optional.empty();
        }
        List<String> followed =
                types.isEmpty() ? view.types().keySet().stream().sorted().toList() : types;
        Set<String> allowed = new HashSet<>(followed);
        Map<String, RelationType> defs = view.types();
        Map<String, Acc> byTarget = new HashMap<>();

        // level 1 from the start; each later level extends the routes of the one before, in one batch
        List<Partial> frontier = new ArrayList<>();
        extendAll(byTarget, defs, allowed, start.relations(), id, null, null, 1.0, id, frontier);
        for (int depth = 2; depth <= maxDepth && !frontier.isEmpty(); depth++) {
            Set<String> ends = new HashSet<>();
            frontier.forEach(p -> ends.add(p.at()));
            Map<String, ConceptNode> nodes = view.nodes(ends);
            List<Partial> next = new ArrayList<>();
            for (Partial p : frontier) {
                ConceptNode at = nodes.get(p.at());
                if (at == null || at.degree() > MAX_EXPANDED_DEGREE) {
                    continue;
                }
                extendAll(
                        byTarget,
                        defs,
                        allowed,
                        at.relations(),
                        p.at(),
                        p,
                        p.before(),
                        p.contribution() / Math.sqrt(Math.max(1, at.degree())),
                        id,
                        depth < maxDepth ? next : null);
            }
            frontier = next;
        }

        List<Acc> top = best(byTarget.values(), limit);
        List<RelatedTopic> ranked = new ArrayList<>();
        for (Acc acc : top) {
            List<Partial> chain = new ArrayList<>();
            for (Partial p = acc.best; p != null; p = p.parent()) {
                chain.add(0, p);
            }
            List<Explained.Step> steps = new ArrayList<>(List.of(step(view, id)));
            List<Explained.Link> links = new ArrayList<>();
            String from = id;
            for (Partial p : chain) {
                steps.add(step(view, p.at()));
                links.add(Explained.step(from, p.step(), defs));
                from = p.at();
            }
            ConceptInfo target = view.info(acc.id);
            ranked.add(new RelatedTopic(
                    acc.id,
                    target == null ? acc.id : target.name(),
                    target == null ? "" : target.summary(),
                    round(acc.score),
                    acc.distance,
                    acc.paths,
                    new Explained(links.size(), steps, links)));
        }
        return Optional.of(new RelatedResult(
                id,
                new Algorithm(ALGORITHM, FORMULA, maxDepth, followed, HOP_DECAY, MAX_EXPANDED_DEGREE, limit),
                ranked));
    }

    /**
     * Extends the route {@code parent} (ending at {@code at}, damped to {@code soFar}) by every step of the allowed
     * types from {@code at}, except back to the start or to the concept just left; scores each and, when
     * {@code next} is given, keeps it for the next level.
     */
    private static void extendAll(
            Map<String, Acc> byTarget,
            Map<String, RelationType> defs,
            Set<String> allowed,
            ConceptNode.Rel[] rels,
            String at,
            Partial parent,
            String before,
            double soFar,
            String start,
            List<Partial> next) {
        int i = 0;
        while (i < rels.length) {
            int j = i;
            String other = rels[i].other();
            double strength = -1;
            int first = -1;
            int last = -1;
            while (j < rels.length && rels[j].other().equals(other)) {
                if (allowed.contains(rels[j].type())) {
                    if (first < 0) {
                        first = j;
                    }
                    last = j + 1;
                    strength = Math.max(strength, Explained.strength(rels[j], defs));
                }
                j++;
            }
            i = j;
            if (first < 0 || other.equals(start) || other.equals(before)) {
                continue;
            }
            ConceptNode.Rel[] step = rels;
            int from = first;
            int to = last;
            if (last - first != countAllowed(rels, first, last, allowed)) {
                // disallowed types between allowed ones: keep only the allowed relations of this step
                step = Arrays.stream(rels, first, last)
                        .filter(r -> allowed.contains(r.type()))
                        .toArray(ConceptNode.Rel[]::new);
                from = 0;
                to = step.length;
            }
            int length = parent == null ? 1 : parent.length() + 1;
            double contribution = soFar * strength * (parent == null ? 1.0 : HOP_DECAY);
            Acc acc = byTarget.computeIfAbsent(other, Acc::new);
            acc.score += contribution;
            acc.paths++;
            acc.distance = Math.min(acc.distance, length);
            // a route is only kept when it explains the target best so far, or is extended at the next level
            Partial route = null;
            if (acc.best == null || contribution > acc.best.contribution()) {
                route = new Partial(other, at, parent, step, from, to, contribution, length);
                acc.best = route;
                acc.bestKey = null;
            } else if (contribution == acc.best.contribution()) {
                route = new Partial(other, at, parent, step, from, to, contribution, length);
                if (acc.bestKey == null) {
                    acc.bestKey = acc.best.key();
                }
                String key = route.key();
                if (key.compareTo(acc.bestKey) < 0) {
                    acc.best = route;
                    acc.bestKey = key;
                }
            }
            if (next != null) {
                next.add(route != null ? route : new Partial(other, at, parent, step, from, to, contribution, length));
            }
        }
    }

    /** The {@code limit} best targets, by rounded score (highest first), then id; without sorting them all. */
    private static List<Acc> best(Collection<Acc> all, int limit) {
        Comparator<Acc> order =
                Comparator.comparingDouble((Acc a) -> -a.rounded).thenComparing(a -> a.id);
        PriorityQueue<Acc> kept = new PriorityQueue<>(order.reversed()); // the worst kept one on top
        for (Acc a : all) {
            a.rounded = round(a.score);
            if (kept.size() < limit) {
                kept.add(a);
            } else if (limit > 0 && order.compare(a, kept.peek()) < 0) {
                kept.poll();
                kept.add(a);
            }
        }
        List<Acc> out = new ArrayList<>(kept);
        out.sort(order);
        return out;
    }

    private static int countAllowed(ConceptNode.Rel[] rels, int from, int to, Set<String> allowed) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += allowed.contains(rels[k].type()) ? 1 : 0;
        }
        return n;
    }

    private static Explained.Step step(GraphView view, String id) {
        ConceptInfo c = view.info(id);
        return new Explained.Step(id, c == null ? id : c.name());
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
