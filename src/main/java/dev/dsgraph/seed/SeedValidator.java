package dev.dsgraph.seed;

import dev.dsgraph.seed.SeedModel.ConceptDef;
import dev.dsgraph.seed.SeedModel.RelationDef;
import dev.dsgraph.seed.SeedModel.RelationTypeDef;
import dev.dsgraph.seed.SeedModel.TopicDef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a seed as a whole: duplicate ids, unknown relation types, dangling references, self-loops, duplicate relations
 * and cycles in acyclic relation types. Every problem is reported with its file and entry.
 */
public final class SeedValidator {

    /** What already exists in the database, for validating an import against it; empty for a standalone seed. */
    public record Context(
            Set<String> conceptIds,
            Set<String> topicIds,
            Map<String, RelationTypeDef> relationTypes,
            List<String[]> acyclicEdges) {

        public static Context empty() {
            return new Context(Set.of(), Set.of(), Map.of(), List.of());
        }
    }

    /** A cycle found in an acyclic relation type. */
    public record Cycle(String type, List<String> path) {}

    private SeedValidator() {}

    public static List<SeedProblem> validate(SeedModel seed) {
        return validate(seed, Context.empty());
    }

    public static List<SeedProblem> validate(SeedModel seed, Context context) {
        List<SeedProblem> problems = new ArrayList<>();

        Map<String, RelationTypeDef> types = new LinkedHashMap<>(context.relationTypes());
        Set<String> seenTypes = new HashSet<>();
        for (RelationTypeDef t : seed.relationTypes()) {
            if (!seenTypes.add(t.type())) {
                problems.add(problem(t.origin(), "duplicate relation type '" + t.type() + "'"));
            }
            types.put(t.type(), t);
        }
        if (types.isEmpty() && !seed.relations().isEmpty()) {
            problems.add(new SeedProblem("relation-types", "", "no relation types are defined"));
        }

        Set<String> topicIds = new HashSet<>(context.topicIds());
        Set<String> seenTopics = new HashSet<>();
        for (TopicDef t : seed.topics()) {
            if (!seenTopics.add(t.id())) {
                problems.add(problem(t.origin(), "duplicate topic id '" + t.id() + "'"));
            }
            topicIds.add(t.id());
        }
        Map<String, String> parents = new HashMap<>();
        for (TopicDef t : seed.topics()) {
            if (t.parent() != null) {
                if (!topicIds.contains(t.parent())) {
                    problems.add(problem(t.origin(), "parent '" + t.parent() + "' is not a known topic"));
                } else if (t.parent().equals(t.id())) {
                    problems.add(problem(t.origin(), "topic cannot be its own parent"));
                }
                parents.put(t.id(), t.parent());
            }
        }
        for (TopicDef t : seed.topics()) {
            Set<String> seen = new HashSet<>();
            for (String at = t.id(); at != null; at = parents.get(at)) {
                if (!seen.add(at)) {
                    problems.add(problem(t.origin(), "topic hierarchy has a cycle through '" + t.id() + "'"));
                    break;
                }
            }
        }

        Set<String> conceptIds = new HashSet<>(context.conceptIds());
        Set<String> seenConcepts = new HashSet<>();
        for (ConceptDef c : seed.concepts()) {
            if (!seenConcepts.add(c.id())) {
                problems.add(problem(c.origin(), "duplicate concept id '" + c.id() + "'"));
            }
            conceptIds.add(c.id());
        }
        for (ConceptDef c : seed.concepts()) {
            for (String topic : c.topics()) {
                if (!topicIds.contains(topic)) {
                    problems.add(problem(c.origin(), "topic '" + topic + "' is not a known topic"));
                }
            }
        }

        Set<String> seenRelations = new HashSet<>();
        Map<String, List<String[]>> acyclic = new TreeMap<>();
        for (String[] edge : context.acyclicEdges()) {
            acyclic.computeIfAbsent(edge[0], k -> new ArrayList<>()).add(new String[] {edge[1], edge[2], null});
        }
        for (RelationDef r : seed.relations()) {
            RelationTypeDef type = types.get(r.type());
            boolean ok = true;
            if (type == null) {
                problems.add(problem(
                        r.origin(),
                        "unknown relation type '" + r.type() + "' (known: "
                                + String.join(
                                        ", ", types.keySet().stream().sorted().toList()) + ")"));
                ok = false;
            }
            if (!conceptIds.contains(r.from())) {
                problems.add(
                        problem(r.origin(), "dangling reference: 'from' concept '" + r.from() + "' does not exist"));
                ok = false;
            }
            if (!conceptIds.contains(r.to())) {
                problems.add(problem(r.origin(), "dangling reference: 'to' concept '" + r.to() + "' does not exist"));
                ok = false;
            }
            if (r.from().equals(r.to())) {
                problems.add(problem(r.origin(), "self-loop: a concept cannot relate to itself"));
                ok = false;
            }
            if (!ok) {
                continue;
            }
            String key = type.symmetric() && r.from().compareTo(r.to()) > 0
                    ? r.to() + "|" + r.type() + "|" + r.from()
                    : r.from() + "|" + r.type() + "|" + r.to();
            if (!seenRelations.add(key)) {
                problems.add(problem(
                        r.origin(),
                        "duplicate relation " + r.from() + " " + r.type() + " " + r.to()
                                + (type.symmetric() ? " (symmetric: listed in both directions or twice)" : "")));
                continue;
            }
            if (type.acyclic()) {
                acyclic.computeIfAbsent(r.type(), k -> new ArrayList<>())
                        .add(new String[] {r.from(), r.to(), r.origin().toString()});
            }
        }
        for (Map.Entry<String, List<String[]>> e : acyclic.entrySet()) {
            for (Cycle cycle : cycles(e.getKey(), e.getValue())) {
                problems.add(new SeedProblem(
                        originOfCycle(e.getValue(), cycle),
                        "",
                        "cycle in acyclic relation type " + cycle.type() + ": " + String.join(" -> ", cycle.path())));
            }
        }
        return problems;
    }

    /** Every elementary cycle found by a depth-first search over the edges of one acyclic type (one per back edge). */
    public static List<Cycle> cycles(String type, List<String[]> edges) {
        Map<String, List<String>> next = new TreeMap<>();
        for (String[] e : edges) {
            next.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
        }
        next.values().forEach(list -> list.sort(String::compareTo));
        Map<String, Integer> state = new HashMap<>(); // 1 on the stack, 2 done
        List<Cycle> found = new ArrayList<>();
        for (String start : next.keySet()) {
            if (!state.containsKey(start)) {
                dfs(start, next, state, new ArrayList<>(), found, type);
            }
        }
        return found;
    }

    private static void dfs(
            String node,
            Map<String, List<String>> next,
            Map<String, Integer> state,
            List<String> stack,
            List<Cycle> found,
            String type) {
        state.put(node, 1);
        stack.add(node);
        for (String to : next.getOrDefault(node, List.of())) {
            Integer s = state.get(to);
            if (s == null) {
                dfs(to, next, state, stack, found, type);
            } else if (s == 1) {
                List<String> path = new ArrayList<>(stack.subList(stack.indexOf(to), stack.size()));
                path.add(to);
                found.add(new Cycle(type, path));
            }
        }
        stack.remove(stack.size() - 1);
        state.put(node, 2);
    }

    private static String originOfCycle(List<String[]> edges, Cycle cycle) {
        List<String> origins = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.path().size(); i++) {
            for (String[] e : edges) {
                if (e[0].equals(cycle.path().get(i)) && e[1].equals(cycle.path().get(i + 1)) && e[2] != null) {
                    origins.add(e[2]);
                }
            }
        }
        return origins.isEmpty() ? "(existing graph)" : String.join("; ", origins);
    }

    private static SeedProblem problem(SeedModel.Origin origin, String message) {
        return new SeedProblem(origin.file(), origin.entry(), message);
    }
}
