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

    /** The variable-length bound cannot be a parameter, so there is one fixed text per allowed depth. */
    private static final String TEMPLATE = """
            MATCH (s:Concept {id: $id})
            MATCH p = (s)-[rels*1..%d]-(t:Concept)
            WHERE all(r IN rels WHERE type(r) IN $types)
              AND all(i IN range(0, size(nodes(p)) - 2) WHERE none(j IN range(i + 1, size(nodes(p)) - 1) WHERE nodes(p)[i] = nodes(p)[j]))
            WITH t, p, rels,
                 reduce(x = 1.0, r IN rels | x * coalesce(r.weight, 1.0) * coalesce($typeWeights[type(r)], 0.5))
                   * $hopDecay ^ (size(rels) - 1)
                   / reduce(d = 1.0, m IN nodes(p)[1..-1] | d * sqrt(toFloat(COUNT { (m)--(:Concept) }))) AS contribution
            RETURN t.id AS id, t.name AS name, t.summary AS summary, size(rels) AS length, contribution,
                   [n IN nodes(p) | n {.id, .name}] AS nodes,
                   [r IN rels | {type: type(r), start: startNode(r).id, reason: r.reason, weight: r.weight}] AS rels
            """;

    private static final Map<Integer, String> BY_DEPTH = Map.of(1, TEMPLATE.formatted(1), 2, TEMPLATE.formatted(2), 3,
            TEMPLATE.formatted(3));

    private final GraphDb db;
    private final Vocabulary vocabulary;

    RelatedRepository(GraphDb db, Vocabulary vocabulary) {
        this.db = db;
        this.vocabulary = vocabulary;
    }

    public RelatedResult related(String id, int limit, List<String> types, int maxDepth) {
        List<String> followed = types.isEmpty() ? List.copyOf(vocabulary.names()).stream().sorted().toList() : types;
        List<Record> rows = db.read(BY_DEPTH.get(maxDepth), Map.of("id", id, "types", followed, "typeWeights",
                vocabulary.weights(), "hopDecay", HOP_DECAY), r -> r);

        record Acc(String id, String name, String summary, double[] score, int[] distance, int[] paths, Record[] best,
                double[] bestContribution) {
        }
        Map<String, Acc> byTarget = new HashMap<>();
        for (Record row : rows) {
            String target = row.get("id").asString();
            Acc acc = byTarget.computeIfAbsent(target, k -> new Acc(k, row.get("name").asString(),
                    row.get("summary").asString(""), new double[1], new int[] {Integer.MAX_VALUE}, new int[1],
                    new Record[1], new double[] {-1}));
            double c = row.get("contribution").asDouble();
            acc.score()[0] += c;
            acc.paths()[0]++;
            acc.distance()[0] = Math.min(acc.distance()[0], row.get("length").asInt());
            if (c > acc.bestContribution()[0] || (c == acc.bestContribution()[0] && pathKey(row).compareTo(pathKey(acc.best()[0])) < 0)) {
                acc.bestContribution()[0] = c;
                acc.best()[0] = row;
            }
        }
        List<RelatedTopic> ranked = new ArrayList<>();
        for (Acc acc : byTarget.values()) {
            Record best = acc.best()[0];
            ranked.add(new RelatedTopic(acc.id(), acc.name(), acc.summary(), round(acc.score()[0]), acc.distance()[0],
                    acc.paths()[0], Explained.of(best.get("nodes").asList(v -> v), best.get("rels").asList(v -> v),
                            vocabulary::label)));
        }
        ranked.sort(Comparator.comparing(RelatedTopic::score, Comparator.reverseOrder()).thenComparing(RelatedTopic::id));
        return new RelatedResult(id, new Algorithm(ALGORITHM, FORMULA, maxDepth, followed, HOP_DECAY, limit),
                ranked.subList(0, Math.min(limit, ranked.size())));
    }

    private static String pathKey(Record row) {
        return String.join(">", row.get("nodes").asList(v -> v.get("id").asString()))
                + String.join(",", row.get("rels").asList((Value v) -> v.get("type").asString()));
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
