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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private RelatedRanking() {
    }

    /** One step of a route: the concept reached and every relation joining it to the one before, seen from there. */
    private record Hop(String from, String id, List<Rel> rels) {
    }

    private static final class Acc {
        final String id;
        double score;
        int distance = Integer.MAX_VALUE;
        int paths;
        List<Hop> best;
        double bestContribution = -1;
        String bestKey;

        Acc(String id) {
            this.id = id;
        }
    }

    /** A partial path waiting to be extended from its last concept. */
    private record Partial(String at, String before, List<Hop> hops, double soFar) {
    }

    /** The ranked related concepts, or empty when the concept does not exist. */
    public static Optional<RelatedResult> rank(GraphView view, String id, int limit, List<String> types, int maxDepth) {
        ConceptNode start = view.node(id);
        if (start == null) {
            return Optional.empty();
        }
        List<String> followed = types.isEmpty() ? view.types().keySet().stream().sorted().toList() : types;
        Set<String> allowed = new HashSet<>(followed);
        Map<String, RelationType> defs = view.types();
        Map<String, Acc> byTarget = new HashMap<>();

        // level 1 from the start; each later level extends the partial paths of the one before, in one batch
        List<Partial> frontier = new ArrayList<>();
        for (List<Rel> step : steps(start, allowed).values()) {
            frontier.add(extend(byTarget, defs, new Partial(id, null, List.of(), 1.0), id, step));
        }
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
                Partial damped = new Partial(p.at(), p.before(), p.hops(), p.soFar() / Math.sqrt(Math.max(1, at.degree())));
                for (var step : steps(at, allowed).entrySet()) {
                    // simple routes: never back to the start, nor to the concept just left
                    if (!step.getKey().equals(id) && !step.getKey().equals(p.before())) {
                        next.add(extend(byTarget, defs, damped, p.at(), step.getValue()));
                    }
                }
            }
            frontier = depth < maxDepth ? next : List.of();
        }

        List<Acc> top = byTarget.values().stream()
                .sorted(Comparator.comparing((Acc a) -> round(a.score), Comparator.reverseOrder()).thenComparing(a -> a.id))
                .limit(limit).toList();
        List<RelatedTopic> ranked = new ArrayList<>();
        for (Acc acc : top) {
            List<Explained.Step> steps = new ArrayList<>(List.of(step(view, id)));
            List<Explained.Link> links = new ArrayList<>();
            for (Hop h : acc.best) {
                steps.add(step(view, h.id()));
                links.add(Explained.step(h.from(), h.rels(), defs));
            }
            ConceptInfo target = view.info(acc.id);
            ranked.add(new RelatedTopic(acc.id, target == null ? acc.id : target.name(), target == null ? "" : target.summary(),
                    round(acc.score), acc.distance, acc.paths, new Explained(links.size(), steps, links)));
        }
        return Optional.of(new RelatedResult(id, new Algorithm(ALGORITHM, FORMULA, maxDepth, followed, HOP_DECAY,
                MAX_EXPANDED_DEGREE, limit), ranked));
    }

    /** The node's relations of the allowed types, grouped by the concept at the other end (in adjacency order). */
    private static Map<String, List<Rel>> steps(ConceptNode node, Set<String> allowed) {
        Map<String, List<Rel>> steps = new java.util.LinkedHashMap<>();
        for (Rel r : node.relations()) {
            if (allowed.contains(r.type())) {
                steps.computeIfAbsent(r.other(), k -> new ArrayList<>(1)).add(r);
            }
        }
        return steps;
    }

    /** Scores the route {@code p} extended by one step and returns it as a partial route for the next level. */
    private static Partial extend(Map<String, Acc> byTarget, Map<String, RelationType> defs, Partial p, String from,
            List<Rel> step) {
        double strength = step.stream().mapToDouble(r -> Explained.strength(r, defs)).max().orElse(0);
        String to = step.get(0).other();
        double contribution = p.soFar() * strength * (p.hops().isEmpty() ? 1.0 : HOP_DECAY);
        List<Hop> path = new ArrayList<>(p.hops().size() + 1);
        path.addAll(p.hops());
        path.add(new Hop(from, to, step));
        Acc acc = byTarget.computeIfAbsent(to, Acc::new);
        acc.score += contribution;
        acc.paths++;
        acc.distance = Math.min(acc.distance, path.size());
        if (contribution > acc.bestContribution
                || contribution == acc.bestContribution && pathKey(path).compareTo(acc.bestKey) < 0) {
            acc.best = path;
            acc.bestContribution = contribution;
            acc.bestKey = pathKey(path);
        }
        return new Partial(to, from, path, contribution);
    }

    private static Explained.Step step(GraphView view, String id) {
        ConceptInfo c = view.info(id);
        return new Explained.Step(id, c == null ? id : c.name());
    }

    private static String pathKey(List<Hop> path) {
        StringBuilder key = new StringBuilder();
        path.forEach(h -> key.append(h.id()).append('>'));
        return key.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
