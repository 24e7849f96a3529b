package dev.dsgraph.cache;

import dev.dsgraph.concept.ConceptViews;
import dev.dsgraph.graph.GraphModels.Subgraph;
import dev.dsgraph.graph.Neighbourhood;
import dev.dsgraph.learning.LearningModels.LearningPath;
import dev.dsgraph.learning.LearningModels.Unlocks;
import dev.dsgraph.learning.LearningPaths;
import dev.dsgraph.path.ShortestPaths;
import dev.dsgraph.related.RelatedModels.RelatedResult;
import dev.dsgraph.related.RelatedModels.RelatedTopic;
import dev.dsgraph.related.RelatedRanking;
import dev.dsgraph.support.Explained;
import dev.dsgraph.topic.TopicModels.TopicTree;
import dev.dsgraph.topic.TopicTrees;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The read algorithms over an in-memory graph: no Neo4j, no HTTP. */
class AlgorithmsTest {

    private static final List<String> ALL = List.of("CONTRASTS_WITH", "IMPLEMENTS", "IS_A", "PREREQUISITE_OF");

    @Test
    void relatedShouldSumDampedPathsAndExplainTheBestOne() {
        // a -IS_A-> b -IMPLEMENTS-> c, and a -IMPLEMENTS-> c directly
        MemoryGraph g = new MemoryGraph()
                .concept("a")
                .concept("b")
                .concept("c")
                .rel("a", "IS_A", "b", 1.0)
                .rel("b", "IMPLEMENTS", "c", 0.5)
                .rel("a", "IMPLEMENTS", "c", 1.0);
        RelatedResult r = RelatedRanking.rank(g, "a", 10, List.of(), 2).orElseThrow();
        RelatedTopic c =
                r.items().stream().filter(i -> i.id().equals("c")).findFirst().orElseThrow();
        // direct: 1.0 * 0.8; via b: 1.0 * 0.9 / sqrt(degree(b) = 2) * 0.5 * 0.8 * 0.5 (hop decay)
        assertThat(c.score()).isCloseTo(0.8 + 0.9 / Math.sqrt(2) * 0.5 * 0.8 * 0.5, within(1e-6));
        assertThat(c.paths()).isEqualTo(2);
        assertThat(c.distance()).isEqualTo(1);
        assertThat(c.explanation().relations()).extracting(Explained.Link::type).containsExactly("IMPLEMENTS");
        assertThat(r.items()).extracting(RelatedTopic::id).containsExactly("b", "c");
        assertThat(r.algorithm().types()).isEqualTo(ALL);
    }

    @Test
    void relatedShouldCountTwoConceptsJoinedTwiceAsOneStepThroughTheStrongestRelation() {
        MemoryGraph g = new MemoryGraph()
                .concept("a")
                .concept("b")
                .rel("a", "IS_A", "b", 0.5)
                .rel("a", "IMPLEMENTS", "b", 1.0);
        RelatedTopic b = RelatedRanking.rank(g, "a", 10, List.of(), 2)
                .orElseThrow()
                .items()
                .get(0);
        assertThat(b.score()).isCloseTo(0.8, within(1e-6)); // max(0.5 * 0.9, 1.0 * 0.8), not their sum
        assertThat(b.paths()).isEqualTo(1);
        assertThat(b.explanation().relations().get(0).type()).isEqualTo("IMPLEMENTS");
        assertThat(b.explanation().relations().get(0).parallel())
                .extracting(Explained.Link::type)
                .containsExactly("IS_A");
    }

    @Test
    void relatedShouldReadBackwardRelationsWithTheInverseLabelAndStopAtMaxDepth() {
        MemoryGraph g = new MemoryGraph()
                .concept("a")
                .concept("b")
                .concept("c")
                .rel("b", "IS_A", "a")
                .rel("c", "IS_A", "b");
        RelatedResult one = RelatedRanking.rank(g, "a", 10, List.of(), 1).orElseThrow();
        assertThat(one.items()).extracting(RelatedTopic::id).containsExactly("b");
        Explained.Link link = one.items().get(0).explanation().relations().get(0);
        assertThat(link.direction()).isEqualTo("backward");
        assertThat(link.label()).isEqualTo("has kind");
        assertThat(RelatedRanking.rank(g, "a", 10, List.of(), 2).orElseThrow().items())
                .extracting(RelatedTopic::id)
                .containsExactly("b", "c");
        assertThat(RelatedRanking.rank(g, "nope", 10, List.of(), 2)).isEmpty();
    }

    @Test
    void relatedShouldNotContinueThroughAConceptWithTooManyRelations() {
        MemoryGraph g = new MemoryGraph()
                .concept("a")
                .concept("hub")
                .concept("far")
                .rel("a", "IS_A", "hub")
                .rel("hub", "IS_A", "far");
        for (int i = 0; i < RelatedRanking.MAX_EXPANDED_DEGREE; i++) {
            g.concept("leaf" + i).rel("leaf" + i, "IS_A", "hub");
        }
        assertThat(RelatedRanking.rank(g, "a", 50, List.of(), 2).orElseThrow().items())
                .extracting(RelatedTopic::id)
                .containsExactly("hub");
    }

    @Test
    void pathsShouldListEveryShortestPathInIdOrderAndNothingLonger() {
        MemoryGraph g = new MemoryGraph()
                .concept("a")
                .concept("b")
                .concept("c")
                .concept("d")
                .concept("e")
                .rel("a", "IS_A", "c")
                .rel("c", "IMPLEMENTS", "d")
                .rel("b", "IS_A", "a")
                .rel("b", "IMPLEMENTS", "d")
                .rel("d", "IS_A", "e")
                .rel("a", "CONTRASTS_WITH", "b");
        List<Explained> paths = ShortestPaths.find(g, "a", "d", 6, ALL, 10);
        // a and b are joined twice (b IS_A a, a CONTRASTS_WITH b): one step, not two routes
        assertThat(paths)
                .extracting(p -> p.concepts().stream().map(Explained.Step::id).toList())
                .containsExactly(List.of("a", "b", "d"), List.of("a", "c", "d"));
        Explained.Link ab = paths.get(0).relations().get(0);
        assertThat(ab.type()).isEqualTo("IS_A"); // 1.0 * 0.9 beats 1.0 * 0.6
        assertThat(ab.direction()).isEqualTo("backward");
        assertThat(ab.label()).isEqualTo("has kind");
        assertThat(ab.parallel()).extracting(Explained.Link::type).containsExactly("CONTRASTS_WITH");
        assertThat(ab.parallel().get(0).direction()).isEqualTo("forward");
        assertThat(paths.get(1).relations().get(0).parallel()).isEmpty();
        assertThat(ShortestPaths.find(g, "a", "e", 2, ALL, 10)).isEmpty();
        assertThat(ShortestPaths.find(g, "a", "e", 3, ALL, 10)).hasSize(2).allMatch(p -> p.length() == 3);
        assertThat(ShortestPaths.find(g, "a", "d", 6, List.of("IS_A"), 10)).isEmpty();
        assertThat(ShortestPaths.find(g, "a", "d", 6, ALL, 1)).hasSize(1);
    }

    @Test
    void learningPathShouldLevelPrerequisitesAndLeaveKnownOnesOut() {
        // x -> y -> goal, z -> goal, w -> x
        MemoryGraph g = new MemoryGraph()
                .concept("goal")
                .concept("x")
                .concept("y")
                .concept("z")
                .concept("w")
                .rel("x", "PREREQUISITE_OF", "y")
                .rel("y", "PREREQUISITE_OF", "goal")
                .rel("z", "PREREQUISITE_OF", "goal")
                .rel("w", "PREREQUISITE_OF", "x")
                .rel("goal", "IS_A", "w");
        LearningPath path = LearningPaths.learningPath(g, "goal", List.of()).orElseThrow();
        assertThat(path.order()).containsExactly("w", "z", "x", "y");
        assertThat(path.levels()).extracting(l -> l.level()).containsExactly(1, 2, 3);
        LearningPath knowing =
                LearningPaths.learningPath(g, "goal", List.of("y")).orElseThrow();
        assertThat(knowing.order()).containsExactly("z");
        assertThat(knowing.skipped()).containsExactly("w", "x", "y");
        assertThat(LearningPaths.learningPath(g, "w", List.of()).orElseThrow().total())
                .isZero();
        Unlocks unlocks = LearningPaths.unlocks(g, "w").orElseThrow();
        assertThat(unlocks.items())
                .extracting(u -> u.id() + "@" + u.distance())
                .containsExactly("x@1", "y@2", "goal@3");
        assertThat(unlocks.direct()).isEqualTo(1);

        // a limit keeps the start of the study order (a valid order on its own) and the nearest unlocked concepts
        LearningPath first = LearningPaths.learningPath(g, "goal", List.of(), 3).orElseThrow();
        assertThat(first.order()).containsExactly("w", "z", "x");
        assertThat(first.levels())
                .extracting(l -> l.level() + ":" + l.concepts().size())
                .containsExactly("1:2", "2:1");
        assertThat(first.total()).isEqualTo(4);
        Unlocks nearest = LearningPaths.unlocks(g, "w", 2).orElseThrow();
        assertThat(nearest.items()).extracting(u -> u.id()).containsExactly("x", "y");
        assertThat(nearest.total()).isEqualTo(3);
        assertThat(nearest.direct()).isEqualTo(1);
    }

    @Test
    void learningPathShouldMatchItsDefinitionOnRandomPrerequisiteGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(40);
            MemoryGraph g = new MemoryGraph();
            Map<String, List<String>> requires = new HashMap<>();
            for (int i = 0; i < n; i++) {
                g.concept("c" + i);
                requires.put("c" + i, new ArrayList<>());
            }
            // edges only from a higher number to a lower one: acyclic, like every graph writes allow
            for (int i = 1; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (random.nextDouble() < 0.15) {
                        g.rel("c" + i, "PREREQUISITE_OF", "c" + j);
                        requires.get("c" + j).add("c" + i);
                    }
                }
            }
            String goal = "c" + random.nextInt(Math.min(n, 5));
            List<String> known = random.nextBoolean() ? List.of() : List.of("c" + random.nextInt(n));
            int limit = random.nextBoolean() ? Integer.MAX_VALUE : 1 + random.nextInt(6);
            LearningPath path =
                    LearningPaths.learningPath(g, goal, known, limit).orElseThrow();

            // the definition, spelled out: everything reachable backwards, the part not behind a known concept, levels
            Set<String> all = reachable(goal, requires, Set.of());
            Set<String> onPath = reachable(goal, requires, Set.copyOf(known));
            Map<String, Integer> level = new HashMap<>();
            for (String c : onPath) {
                levelByDefinition(c, requires, onPath, level);
            }
            List<String> studyOrder = onPath.stream()
                    .sorted(Comparator.comparing((String c) -> level.get(c)).thenComparing(c -> c))
                    .limit(limit)
                    .toList();
            assertThat(path.total()).as("round %d", round).isEqualTo(onPath.size());
            assertThat(path.order()).as("round %d", round).isEqualTo(studyOrder);
            assertThat(path.skipped())
                    .as("round %d", round)
                    .isEqualTo(all.stream()
                            .filter(c -> !onPath.contains(c))
                            .sorted()
                            .toList());
            for (var l : path.levels()) {
                for (var step : l.concepts()) {
                    assertThat(step.level()).isEqualTo(level.get(step.id())).isEqualTo(l.level());
                    assertThat(step.requires())
                            .isEqualTo(requires.get(step.id()).stream()
                                    .filter(onPath::contains)
                                    .sorted()
                                    .toList());
                }
            }
        }
    }

    @Test
    void learningPathShouldWalkAChainLongerThanAnyStackWouldHold() {
        MemoryGraph g = new MemoryGraph();
        int length = 100_000;
        for (int i = 0; i <= length; i++) {
            g.concept("c" + i);
        }
        for (int i = 1; i <= length; i++) {
            g.rel("c" + i, "PREREQUISITE_OF", "c" + (i - 1));
        }
        LearningPath path = LearningPaths.learningPath(g, "c0", List.of(), 3).orElseThrow();
        assertThat(path.total()).isEqualTo(length);
        assertThat(path.order()).containsExactly("c" + length, "c" + (length - 1), "c" + (length - 2));
        assertThat(path.levels()).extracting(l -> l.level()).containsExactly(1, 2, 3);
    }

    private static Set<String> reachable(String from, Map<String, List<String>> requires, Set<String> known) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            for (String pre : requires.get(todo.remove(todo.size() - 1))) {
                if (!known.contains(pre) && !pre.equals(from) && seen.add(pre)) {
                    todo.add(pre);
                }
            }
        }
        return seen;
    }

    private static int levelByDefinition(
            String c, Map<String, List<String>> requires, Set<String> onPath, Map<String, Integer> level) {
        Integer l = level.get(c);
        if (l == null) {
            l = 1;
            for (String pre : requires.get(c)) {
                if (onPath.contains(pre)) {
                    l = Math.max(l, levelByDefinition(pre, requires, onPath, level) + 1);
                }
            }
            level.put(c, l);
        }
        return l;
    }

    @Test
    void neighbourhoodOfAConceptNextToHubsShouldHoldEveryRelationAmongItsConcepts() {
        // two hubs with many relations leading out of the subgraph, and relations of several types among its concepts
        MemoryGraph g = new MemoryGraph()
                .concept("start")
                .concept("hub1")
                .concept("hub2")
                .concept("leaf");
        g.rel("start", "IS_A", "hub1").rel("hub2", "IMPLEMENTS", "start").rel("start", "CONTRASTS_WITH", "leaf");
        g.rel("hub1", "IS_A", "hub2").rel("hub1", "IMPLEMENTS", "hub2").rel("hub2", "PREREQUISITE_OF", "leaf");
        for (int i = 0; i < 300; i++) {
            String out = String.format("x%03d", i);
            g.concept(out).rel("hub1", "IS_A", out).rel(out, "IMPLEMENTS", "hub2");
        }
        Subgraph sub = Neighbourhood.of(g, "start", 1, ALL);
        assertThat(sub.nodes()).extracting(n -> n.id()).containsExactly("start", "hub1", "hub2", "leaf");
        assertThat(sub.edges())
                .extracting(e -> e.id())
                .containsExactly(
                        "hub1|IMPLEMENTS|hub2",
                        "hub1|IS_A|hub2",
                        "hub2|IMPLEMENTS|start",
                        "hub2|PREREQUISITE_OF|leaf",
                        "start|CONTRASTS_WITH|leaf",
                        "start|IS_A|hub1");
    }

    @Test
    void neighbourhoodShouldMatchItsDefinitionOnRandomGraphsWithHubs() {
        Random random = new Random(11);
        List<String> types = List.of("IS_A", "PREREQUISITE_OF", "IMPLEMENTS", "CONTRASTS_WITH");
        for (int round = 0; round < 60; round++) {
            int n = 20 + random.nextInt(700);
            MemoryGraph g = new MemoryGraph();
            // ids of different lengths, some a prefix of others ("c1", "c10"): edge ids must still sort as strings
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add("c" + i);
                g.concept("c" + i);
            }
            Map<String, List<String[]>> out = new HashMap<>(); // id -> {type, other}
            Set<String> pairs = new HashSet<>();
            int relations = n * (1 + random.nextInt(6));
            for (int k = 0; k < relations; k++) {
                // a few hubs take most relations
                String a = ids.get(random.nextDouble() < 0.5 ? random.nextInt(Math.min(n, 4)) : random.nextInt(n));
                String b = ids.get(random.nextInt(n));
                String type = types.get(random.nextInt(types.size()));
                if (!a.equals(b) && pairs.add(a + " " + type + " " + b)) {
                    g.rel(a, type, b);
                    out.computeIfAbsent(a, x -> new ArrayList<>()).add(new String[] {type, b});
                }
            }
            String center = ids.get(random.nextInt(n));
            int depth = 1 + random.nextInt(3);
            List<String> followed = random.nextInt(3) == 0 ? List.of("IS_A", "IMPLEMENTS") : ALL;
            Subgraph sub = Neighbourhood.of(g, center, depth, followed);

            // the definition: levels of new neighbours in id order up to the cap, then every followed relation among
            // them, by edge id
            Map<String, Integer> distance = new LinkedHashMap<>();
            distance.put(center, 0);
            List<String> frontier = List.of(center);
            boolean truncated = false;
            for (int level = 1; level <= depth && !truncated; level++) {
                TreeSet<String> next = new TreeSet<>();
                for (String at : frontier) {
                    for (var e : out.entrySet()) {
                        for (String[] r : e.getValue()) {
                            if (followed.contains(r[0])) {
                                if (e.getKey().equals(at) && !distance.containsKey(r[1])) {
                                    next.add(r[1]);
                                }
                                if (r[1].equals(at) && !distance.containsKey(e.getKey())) {
                                    next.add(e.getKey());
                                }
                            }
                        }
                    }
                }
                List<String> added = new ArrayList<>();
                for (String c : next) {
                    if (distance.size() >= Neighbourhood.MAX_NODES) {
                        truncated = true;
                        break;
                    }
                    distance.put(c, level);
                    added.add(c);
                }
                frontier = added;
            }
            List<String> expectedEdges = new ArrayList<>();
            out.forEach((from, rels) -> rels.forEach(r -> {
                if (followed.contains(r[0]) && distance.containsKey(from) && distance.containsKey(r[1])) {
                    expectedEdges.add(from + "|" + r[0] + "|" + r[1]);
                }
            }));
            expectedEdges.sort(null);
            assertThat(sub.truncated()).as("round %d", round).isEqualTo(truncated);
            assertThat(sub.nodes())
                    .as("round %d", round)
                    .extracting(x -> x.id() + "@" + x.distance())
                    .containsExactlyElementsOf(distance.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .map(e -> e.getKey() + "@" + e.getValue())
                            .toList());
            assertThat(sub.edges())
                    .as("round %d", round)
                    .extracting(e -> e.id())
                    .containsExactlyElementsOf(expectedEdges);
            for (var e : sub.edges()) {
                assertThat(e.reason()).isEqualTo(e.source() + " " + e.type() + " " + e.target());
            }
        }
    }

    @Test
    void neighbourhoodShouldWalkLevelsInOneBatchEachAndCapTheNodes() {
        MemoryGraph g = new MemoryGraph()
                .concept("center")
                .concept("a")
                .concept("b")
                .rel("center", "IS_A", "a")
                .rel("a", "IMPLEMENTS", "b")
                .rel("b", "IS_A", "center");
        g.batches = 0;
        Subgraph two = Neighbourhood.of(g, "center", 2, ALL);
        assertThat(two.nodes()).extracting(n -> n.id() + "@" + n.distance()).containsExactly("center@0", "a@1", "b@1");
        assertThat(two.edges()).hasSize(3);
        assertThat(g.batches).isLessThanOrEqualTo(4);
        assertThat(Neighbourhood.of(g, "center", 1, List.of("IMPLEMENTS")).edges())
                .isEmpty();

        MemoryGraph star = new MemoryGraph().concept("hub");
        for (int i = 0; i < 600; i++) {
            star.concept(String.format("n%03d", i)).rel("hub", "IS_A", String.format("n%03d", i));
        }
        Subgraph capped = Neighbourhood.of(star, "hub", 1, ALL);
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.nodes()).hasSize(Neighbourhood.MAX_NODES);
        assertThat(capped.nodes().get(1).id()).isEqualTo("n000");
    }

    @Test
    void topicsShouldNestAndCountConceptsUnderThem() {
        MemoryGraph g = new MemoryGraph()
                .topic("root", null, 1)
                .topic("left", "root", 2)
                .topic("right", "root", 1)
                .concept("b", "left")
                .concept("a", "left", "right")
                .concept("c", "root");
        TopicTree tree = TopicTrees.tree(g);
        assertThat(tree.total()).isEqualTo(3);
        assertThat(tree.items()).hasSize(1);
        assertThat(tree.items().get(0).conceptCount()).isEqualTo(3);
        assertThat(tree.items().get(0).children()).extracting(t -> t.id()).containsExactly("left", "right");
        assertThat(tree.items().get(0).children().get(0).concepts())
                .extracting(c -> c.id())
                .containsExactly("a", "b");
        assertThat(TopicTrees.subtree(g, "root")).isEqualTo(Set.of("root", "left", "right"));
        assertThat(ConceptViews.list(g, Set.of("right"), null, 1, 10).items())
                .extracting(c -> c.id())
                .containsExactly("a");
        assertThat(ConceptViews.list(g, null, null, 2, 2).items())
                .extracting(c -> c.id())
                .containsExactly("c");
    }
}
