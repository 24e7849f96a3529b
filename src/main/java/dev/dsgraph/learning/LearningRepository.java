package dev.dsgraph.learning;

import dev.dsgraph.learning.LearningModels.Level;
import dev.dsgraph.learning.LearningModels.LearningPath;
import dev.dsgraph.learning.LearningModels.Step;
import dev.dsgraph.learning.LearningModels.Unlocked;
import dev.dsgraph.learning.LearningModels.Unlocks;
import dev.dsgraph.support.GraphDb;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Prerequisite ({@code PREREQUISITE_OF}) traversals: learning paths and what a concept unlocks. */
@ApplicationScoped
public class LearningRepository {

    /** The concept, all its ancestors over PREREQUISITE_OF (pruned, distinct), and each one's direct prerequisites. */
    private static final String ANCESTORS = """
            MATCH (c:Concept {id: $id})
            CALL (c) {
              OPTIONAL MATCH (c)<-[:PREREQUISITE_OF*1..]-(a:Concept)
              RETURN DISTINCT a
            }
            WITH c, collect(a) AS ancestors
            UNWIND ancestors + [c] AS n
            RETURN n.id AS id, n.name AS name, n.summary AS summary,
                   COLLECT { MATCH (p:Concept)-[:PREREQUISITE_OF]->(n) RETURN p.id ORDER BY p.id } AS requires
            """;

    /** The concept and all its descendants over PREREQUISITE_OF with the edges between them. */
    private static final String DESCENDANTS = """
            MATCH (c:Concept {id: $id})
            CALL (c) {
              OPTIONAL MATCH (c)-[:PREREQUISITE_OF*1..]->(d:Concept)
              RETURN DISTINCT d
            }
            WITH c, collect(d) AS descendants
            UNWIND descendants + [c] AS n
            RETURN n.id AS id, n.name AS name,
                   COLLECT { MATCH (n)-[:PREREQUISITE_OF]->(x:Concept) RETURN x.id } AS unlocks
            """;

    private final GraphDb db;

    LearningRepository(GraphDb db) {
        this.db = db;
    }

    /**
     * Everything to learn before {@code id}: walking back from it over PREREQUISITE_OF without entering a known
     * concept, then levels of a topological order (level = 1 + the highest level among its prerequisites on the path).
     */
    public java.util.Optional<LearningPath> learningPath(String id, List<String> known) {
        Map<String, Record> nodes = new LinkedHashMap<>();
        db.read(ANCESTORS, Map.of("id", id), r -> r).forEach(r -> nodes.put(r.get("id").asString(), r));
        if (nodes.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> knownSet = new HashSet<>(known);
        Set<String> included = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String pre : requires(nodes.get(at))) {
                if (!knownSet.contains(pre) && included.add(pre)) {
                    queue.add(pre);
                }
            }
        }
        Map<String, Integer> level = new HashMap<>();
        for (String n : included) {
            levelOf(n, nodes, included, level);
        }
        TreeMap<Integer, List<Step>> levels = new TreeMap<>();
        for (String n : included) {
            Record r = nodes.get(n);
            List<String> req = requires(r).stream().filter(included::contains).sorted().toList();
            levels.computeIfAbsent(level.get(n), k -> new ArrayList<>()).add(new Step(n, r.get("name").asString(),
                    r.get("summary").asString(""), level.get(n), req));
        }
        List<Level> out = new ArrayList<>();
        List<String> order = new ArrayList<>();
        levels.forEach((l, steps) -> {
            steps.sort(Comparator.comparing(Step::id));
            out.add(new Level(l, List.copyOf(steps)));
            steps.forEach(s -> order.add(s.id()));
        });
        List<String> skipped = nodes.keySet().stream().filter(n -> !n.equals(id) && !included.contains(n)).sorted().toList();
        return java.util.Optional.of(new LearningPath(id, nodes.get(id).get("name").asString(), known, skipped, order.size(),
                order, out));
    }

    private static int levelOf(String n, Map<String, Record> nodes, Set<String> included, Map<String, Integer> level) {
        Integer known = level.get(n);
        if (known != null) {
            return known;
        }
        int l = 1;
        for (String pre : requires(nodes.get(n))) {
            if (included.contains(pre)) {
                l = Math.max(l, levelOf(pre, nodes, included, level) + 1);
            }
        }
        level.put(n, l);
        return l;
    }

    private static List<String> requires(Record r) {
        return r == null ? List.of() : r.get("requires").asList(Value::asString);
    }

    /** Everything {@code id} is a prerequisite for, with the fewest steps to reach it. */
    public java.util.Optional<Unlocks> unlocks(String id) {
        Map<String, Record> nodes = new LinkedHashMap<>();
        db.read(DESCENDANTS, Map.of("id", id), r -> r).forEach(r -> nodes.put(r.get("id").asString(), r));
        if (nodes.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Integer> distance = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        distance.put(id, 0);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : nodes.get(at).get("unlocks").asList(Value::asString)) {
                if (!distance.containsKey(next) && nodes.containsKey(next)) {
                    distance.put(next, distance.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        List<Unlocked> items = distance.entrySet().stream().filter(e -> !e.getKey().equals(id))
                .map(e -> new Unlocked(e.getKey(), nodes.get(e.getKey()).get("name").asString(), e.getValue(), e.getValue() == 1))
                .sorted(Comparator.comparing(Unlocked::distance).thenComparing(Unlocked::id))
                .toList();
        return java.util.Optional.of(new Unlocks(id, nodes.get(id).get("name").asString(),
                (int) items.stream().filter(Unlocked::direct).count(), items.size(), items));
    }
}
