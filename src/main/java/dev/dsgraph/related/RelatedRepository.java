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
            + " / product over intermediate concepts m of sqrt(degree(m)), where degree counts all relations of m; paths"
            + " are not continued through a concept with more than " + 500 + " relations";
    public static final double HOP_DECAY = 0.5;

    /** Paths are not continued through a concept with more relations than this: their damping makes them negligible. */
    public static final int MAX_EXPANDED_DEGREE = 500;

    /**
     * The neighbourhood up to three levels deep in one query, lean: each step's id, type, direction, weight and degree.
     * Names, summaries and reasons are fetched afterwards for the winners only. No row means no such concept.
     */
    private static final String NEIGHBOURHOOD = """
            MATCH (s:Concept {id: $id})
            RETURN s.name AS name, COLLECT {
              MATCH (s)-[r1]-(m:Concept) WHERE type(r1) IN $types
              WITH r1, m, COUNT { (m)--() } AS degree
              RETURN {id: m.id, type: type(r1), forward: startNode(r1) = s, weight: r1.weight, degree: degree,
                      next: CASE WHEN $depth < 2 OR degree > $maxDegree THEN [] ELSE COLLECT {
                        MATCH (m)-[r2]-(t:Concept) WHERE type(r2) IN $types AND t <> s AND r2 <> r1
                        WITH r2, t, CASE WHEN $depth < 3 THEN 0 ELSE COUNT { (t)--() } END AS degree2
                        RETURN {id: t.id, type: type(r2), forward: startNode(r2) = m, weight: r2.weight, degree: degree2,
                                next: CASE WHEN $depth < 3 OR degree2 > $maxDegree THEN [] ELSE COLLECT {
                                  MATCH (t)-[r3]-(u:Concept) WHERE type(r3) IN $types AND u <> s AND u <> m AND r3 <> r2
                                  RETURN {id: u.id, type: type(r3), forward: startNode(r3) = t, weight: r3.weight}
                                } END}
                      } END}
            } AS level1
            """;

    /** Names and summaries of the concepts on the winning paths, and the reasons of their relations. */
    private static final String DETAILS = """
            RETURN COLLECT { UNWIND $ids AS cid MATCH (c:Concept {id: cid}) RETURN c {.id, .name, .summary} } AS concepts,
                   COLLECT { UNWIND $rels AS rel
                             MATCH (a:Concept {id: rel.from})-[r]->(b:Concept {id: rel.to}) WHERE type(r) = rel.type
                             RETURN {key: rel.from + '|' + rel.type + '|' + rel.to, reason: r.reason} } AS reasons
            """;

    private final GraphDb db;
    private final Vocabulary vocabulary;

    RelatedRepository(GraphDb db, Vocabulary vocabulary) {
        this.db = db;
        this.vocabulary = vocabulary;
    }

    /** One hop of a path: the concept reached and the relation taken, stored from {@code start} to the other end. */
    private record Hop(String id, String type, String start, String end, double weight) {
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

    /** The ranked related concepts, or empty when the concept does not exist. */
    public java.util.Optional<RelatedResult> related(String id, int limit, List<String> types, int maxDepth) {
        List<String> followed = types.isEmpty() ? vocabulary.names().stream().sorted().toList() : types;
        List<Record> rows = db.read(NEIGHBOURHOOD, Map.of("id", id, "types", followed, "depth", maxDepth, "maxDegree",
                MAX_EXPANDED_DEGREE), r -> r);
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Double> typeWeights = new HashMap<>();
        vocabulary.types().forEach((k, v) -> typeWeights.put(k, v.weight()));
        Map<String, Acc> byTarget = new HashMap<>();
        walk(id, rows.get(0).get("level1").asList(v -> v), new ArrayList<>(), 1.0, typeWeights, byTarget);

        List<Acc> top = byTarget.values().stream()
                .sorted(Comparator.comparing((Acc a) -> round(a.score), Comparator.reverseOrder()).thenComparing(a -> a.id))
                .limit(limit).toList();
        java.util.Set<String> ids = new java.util.TreeSet<>(List.of(id));
        List<Map<String, Object>> rels = new ArrayList<>();
        top.forEach(a -> a.best.forEach(h -> {
            ids.add(h.id());
            rels.add(Map.of("from", h.start(), "type", h.type(), "to", h.end()));
        }));
        Record details = db.read(DETAILS, Map.of("ids", List.copyOf(ids), "rels", rels), r -> r).get(0);
        Map<String, Value> concepts = new HashMap<>();
        details.get("concepts").asList(v -> v).forEach(v -> concepts.put(v.get("id").asString(), v));
        Map<String, String> reasons = new HashMap<>();
        details.get("reasons").asList(v -> v).forEach(v -> reasons.put(v.get("key").asString(), v.get("reason").asString("")));

        List<RelatedTopic> ranked = new ArrayList<>();
        for (Acc acc : top) {
            List<Value> nodes = new ArrayList<>(List.of(node(concepts, id)));
            List<Value> steps = new ArrayList<>();
            for (Hop h : acc.best) {
                nodes.add(node(concepts, h.id()));
                steps.add(org.neo4j.driver.Values.value(Map.of("type", h.type(), "start", h.start(), "weight", h.weight(),
                        "reason", reasons.getOrDefault(h.start() + "|" + h.type() + "|" + h.end(), ""))));
            }
            Value target = concepts.get(acc.id);
            ranked.add(new RelatedTopic(acc.id, target == null ? acc.id : target.get("name").asString(),
                    target == null ? "" : target.get("summary").asString(""), round(acc.score), acc.distance, acc.paths,
                    Explained.of(nodes, steps, vocabulary::label)));
        }
        return java.util.Optional.of(new RelatedResult(id, new Algorithm(ALGORITHM, FORMULA, maxDepth, followed, HOP_DECAY,
                MAX_EXPANDED_DEGREE, limit), ranked));
    }

    private static Value node(Map<String, Value> concepts, String id) {
        Value c = concepts.get(id);
        return org.neo4j.driver.Values.value(Map.of("id", id, "name", c == null ? id : c.get("name").asString()));
    }

    /** Scores every path through {@code level}: the contribution so far holds the earlier hops and dampings. */
    private static void walk(String from, List<Value> level, List<Hop> prefix, double soFar, Map<String, Double> typeWeights,
            Map<String, Acc> byTarget) {
        for (Value step : level) {
            String to = step.get("id").asString();
            String type = step.get("type").asString();
            boolean forward = step.get("forward").asBoolean();
            double weight = step.get("weight").asDouble(1.0);
            double contribution = soFar * weight * typeWeights.getOrDefault(type, 0.5) * (prefix.isEmpty() ? 1.0 : HOP_DECAY);
            List<Hop> path = new ArrayList<>(prefix);
            path.add(new Hop(to, type, forward ? from : to, forward ? to : from, weight));
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
            Value next = step.get("next");
            if (!next.isNull() && !next.isEmpty()) {
                double degree = Math.max(1, step.get("degree").asInt(1));
                walk(to, next.asList(v -> v), path, contribution / Math.sqrt(degree), typeWeights, byTarget);
            }
        }
    }

    private static String pathKey(List<Hop> path) {
        StringBuilder key = new StringBuilder();
        path.forEach(h -> key.append(h.id()).append('>'));
        path.forEach(h -> key.append(h.type()).append(','));
        return key.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
