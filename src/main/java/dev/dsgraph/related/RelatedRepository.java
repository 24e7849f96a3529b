package dev.dsgraph.related;

import dev.dsgraph.related.RelatedModels.Algorithm;
import dev.dsgraph.related.RelatedModels.RelatedResult;
import dev.dsgraph.related.RelatedModels.RelatedTopic;
import dev.dsgraph.relation.Vocabulary;
import dev.dsgraph.support.Explained;
import dev.dsgraph.support.GraphDb;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Ranks the concepts around one concept. Each simple path p of 1..maxDepth relations contributes
 * {@code prod(weight(r) * typeWeight(type(r))) * hopDecay^(len-1) / prod(sqrt(degree(m)))} over its relations r and
 * intermediate concepts m; a concept's score is the sum over its paths. Ties are broken by id.
 */
@ApplicationScoped
public class RelatedRepository {

    public static final String ALGORITHM = "degree-damped-type-weighted-path-sum";
    public static final String FORMULA = "score(t) = sum over simple paths p from the concept to t with 1..maxDepth"
            + " relations of [ product over relations r of weight(r) * typeWeight(type(r)) ] * hopDecay^(length(p)-1)"
            + " / product over intermediate concepts m of sqrt(degree(m))";
    public static final double HOP_DECAY = 0.5;

    /**
     * The neighbourhood up to three levels deep in one query: each level's relations with the other end's id, name,
     * summary and degree. Paths are enumerated from it in Java. No row means no such concept.
     */
    private static final String NEIGHBOURHOOD = """
            MATCH (s:Concept {id: $id})
            RETURN COLLECT {
              MATCH (s)-[r1]-(m:Concept) WHERE type(r1) IN $types
              RETURN {id: m.id, name: m.name, summary: m.summary, type: type(r1), start: startNode(r1).id,
                      reason: r1.reason, weight: r1.weight, degree: COUNT { (m)--(:Concept) },
                      next: CASE WHEN $depth < 2 THEN [] ELSE COLLECT {
                        MATCH (m)-[r2]-(t:Concept) WHERE type(r2) IN $types AND t <> s AND r2 <> r1
                        RETURN {id: t.id, name: t.name, summary: t.summary, type: type(r2), start: startNode(r2).id,
                                reason: r2.reason, weight: r2.weight, degree: COUNT { (t)--(:Concept) },
                                next: CASE WHEN $depth < 3 THEN [] ELSE COLLECT {
                                  MATCH (t)-[r3]-(u:Concept) WHERE type(r3) IN $types AND u <> s AND u <> m AND r3 <> r2
                                  RETURN {id: u.id, name: u.name, summary: u.summary, type: type(r3), start: startNode(r3).id,
                                          reason: r3.reason, weight: r3.weight, next: []}
                                } END}
                      } END}
            } AS level1, s.name AS name
            """;

    private final GraphDb db;
    private final Vocabulary vocabulary;

    RelatedRepository(GraphDb db, Vocabulary vocabulary) {
        this.db = db;
        this.vocabulary = vocabulary;
    }

    /** A path being scored: the steps after the start, its contribution so far. */
    private record Walk(List<Value> steps, double contribution) {
    }

    private static final class Acc {
        final String id;
        final String name;
        final String summary;
        double score;
        int distance = Integer.MAX_VALUE;
        int paths;
        Walk best;
        String bestKey;

        Acc(Value node) {
            this.id = node.get("id").asString();
            this.name = node.get("name").asString();
            this.summary = node.get("summary").asString("");
        }
    }

    /** The ranked related concepts, or empty when the concept does not exist. */
    public java.util.Optional<RelatedResult> related(String id, int limit, List<String> types, int maxDepth) {
        List<String> followed = types.isEmpty() ? vocabulary.names().stream().sorted().toList() : types;
        List<Record> rows = db.read(NEIGHBOURHOOD, Map.of("id", id, "types", followed, "depth", maxDepth), r -> r);
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Double> typeWeights = new HashMap<>();
        vocabulary.types().forEach((k, v) -> typeWeights.put(k, v.weight()));
        Map<String, Acc> byTarget = new HashMap<>();
        String startName = rows.get(0).get("name").asString();
        walk(rows.get(0).get("level1").asList(v -> v), new ArrayList<>(), 1.0, typeWeights, byTarget);

        List<RelatedTopic> ranked = new ArrayList<>();
        Value start = org.neo4j.driver.Values.value(Map.of("id", id, "name", startName));
        for (Acc acc : byTarget.values()) {
            List<Value> nodes = new ArrayList<>(List.of(start));
            nodes.addAll(acc.best.steps());
            ranked.add(new RelatedTopic(acc.id, acc.name, acc.summary, round(acc.score), acc.distance, acc.paths,
                    Explained.of(nodes, acc.best.steps(), vocabulary::label)));
        }
        ranked.sort(Comparator.comparing(RelatedTopic::score, Comparator.reverseOrder()).thenComparing(RelatedTopic::id));
        return java.util.Optional.of(new RelatedResult(id, new Algorithm(ALGORITHM, FORMULA, maxDepth, followed, HOP_DECAY,
                limit), ranked.subList(0, Math.min(limit, ranked.size()))));
    }

    /** Scores every path through {@code level}: the contribution so far already holds the earlier hops and dampings. */
    private static void walk(List<Value> level, List<Value> prefix, double soFar, Map<String, Double> typeWeights,
            Map<String, Acc> byTarget) {
        for (Value step : level) {
            double contribution = soFar * step.get("weight").asDouble(1.0) * typeWeights.getOrDefault(step.get("type").asString(), 0.5)
                    * (prefix.isEmpty() ? 1.0 : HOP_DECAY);
            List<Value> steps = new ArrayList<>(prefix);
            steps.add(step);
            Acc acc = byTarget.computeIfAbsent(step.get("id").asString(), k -> new Acc(step));
            acc.score += contribution;
            acc.paths++;
            acc.distance = Math.min(acc.distance, steps.size());
            String key = pathKey(steps);
            if (acc.best == null || contribution > acc.best.contribution()
                    || contribution == acc.best.contribution() && key.compareTo(acc.bestKey) < 0) {
                acc.best = new Walk(steps, contribution);
                acc.bestKey = key;
            }
            List<Value> next = step.get("next").isNull() ? List.of() : step.get("next").asList(v -> v);
            if (!next.isEmpty()) {
                double degree = Math.max(1, step.get("degree").asInt(1));
                walk(next, steps, contribution / Math.sqrt(degree), typeWeights, byTarget);
            }
        }
    }

    private static String pathKey(List<Value> steps) {
        StringBuilder key = new StringBuilder();
        steps.forEach(s -> key.append(s.get("id").asString()).append('>'));
        steps.forEach(s -> key.append(s.get("type").asString()).append(','));
        return key.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
