package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the study generators need of one graph revision, computed once per revision: every adjacency list, each
 * concept's rank in a learning order (prerequisites first), and the concepts of each topic.
 */
final class StudyIndex {

    static final String PREREQUISITE_OF = "PREREQUISITE_OF";
    static final String IS_A = "IS_A";
    static final String CONTRASTS_WITH = "CONTRASTS_WITH";

    final GraphView view;
    final Map<String, ConceptNode> nodes;
    /** Position of each concept in one learning order: by prerequisite level, then id. */
    final Map<String, Integer> rank = new HashMap<>();

    final Map<String, Set<String>> topicMembers = new HashMap<>();
    /** Every concept id, sorted. */
    final List<String> ids;

    private final Map<String, Pattern> namePatterns = new ConcurrentHashMap<>();
    private final Map<String, String> maskedSummaries = new ConcurrentHashMap<>();
    private final Map<String, List<String>> memo = new ConcurrentHashMap<>();

    private StudyIndex(GraphView view) {
        this.view = view;
        this.ids = view.concepts().stream().map(ConceptInfo::id).sorted().toList();
        this.nodes = view.nodes(ids);
        Map<String, Integer> level = new HashMap<>();
        for (String id : ids) {
            levelOf(id, level, new HashSet<>());
        }
        List<String> order = new ArrayList<>(ids);
        order.sort(Comparator.comparing((String id) -> level.get(id)).thenComparing(id -> id));
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        for (ConceptInfo c : view.concepts()) {
            c.topics()
                    .forEach(t -> topicMembers
                            .computeIfAbsent(t, k -> new TreeSet<>())
                            .add(c.id()));
        }
    }

    static StudyIndex of(GraphView view) {
        return view.derived("study-index", StudyIndex::new);
    }

    private int levelOf(String id, Map<String, Integer> level, Set<String> visiting) {
        Integer known = level.get(id);
        if (known != null) {
            return known;
        }
        int l = 1;
        if (visiting.add(id)) {
            for (String pre : neighbours(id, PREREQUISITE_OF, false)) {
                l = Math.max(l, levelOf(pre, level, visiting) + 1);
            }
            visiting.remove(id);
        }
        level.put(id, l);
        return l;
    }

    /** A list derived from this revision alone (a distractor pool), computed once. */
    List<String> memo(String key, Supplier<List<String>> compute) {
        List<String> known = memo.get(key);
        if (known == null) {
            known = compute.get();
            memo.put(key, known);
        }
        return known;
    }

    /** The concept's name and aliases as one pattern (compiled once per revision). */
    Pattern names(String id) {
        return namePatterns.computeIfAbsent(id, k -> Flashcards.namePattern(view.info(k)));
    }

    /** The concept's summary with its name and aliases masked. */
    String maskedSummary(String id) {
        return maskedSummaries.computeIfAbsent(
                id, k -> Flashcards.mask(view.info(k).summary(), names(k)));
    }

    ConceptInfo info(String id) {
        return view.info(id);
    }

    Rel[] relations(String id) {
        ConceptNode node = nodes.get(id);
        return node == null ? new Rel[0] : node.relations();
    }

    /** Concepts at the other end of relations of a type, outgoing or incoming, sorted. */
    List<String> neighbours(String id, String type, boolean outgoing) {
        List<String> out = new ArrayList<>();
        for (Rel r : relations(id)) {
            if (r.type().equals(type) && r.outgoing() == outgoing && view.info(r.other()) != null) {
                out.add(r.other());
            }
        }
        out.sort(null);
        return out;
    }

    /** Concepts joined to {@code id} by a relation of the type in either direction. */
    Set<String> linked(String id, String type) {
        Set<String> out = new TreeSet<>(neighbours(id, type, true));
        out.addAll(neighbours(id, type, false));
        return out;
    }

    /** Relation types joining two concepts, in either direction. */
    Set<String> typesBetween(String a, String b) {
        Set<String> out = new TreeSet<>();
        for (Rel r : relations(a)) {
            if (r.other().equals(b)) {
                out.add(r.type());
            }
        }
        return out;
    }

    /** Everything reachable from {@code id} over a type in one direction, without {@code id} itself. */
    Set<String> closure(String id, String type, boolean outgoing) {
        Set<String> seen = new HashSet<>();
        List<String> frontier = new ArrayList<>(List.of(id));
        while (!frontier.isEmpty()) {
            String at = frontier.remove(frontier.size() - 1);
            for (String next : neighbours(at, type, outgoing)) {
                if (!next.equals(id) && seen.add(next)) {
                    frontier.add(next);
                }
            }
        }
        return seen;
    }

    /** Concepts in a set of topics. */
    Set<String> conceptsIn(Set<String> topics) {
        Set<String> out = new TreeSet<>();
        topics.forEach(t -> out.addAll(topicMembers.getOrDefault(t, Set.of())));
        return out;
    }

    /** The concepts sorted in learning order. */
    List<String> inLearningOrder(Set<String> ids) {
        return ids.stream()
                .filter(rank::containsKey)
                .sorted(Comparator.comparing(rank::get))
                .toList();
    }

    /**
     * The concepts a study request is about: those in the topics (already including subtopics) and those named, or
     * every concept when neither is given; with their transitive prerequisites when asked.
     */
    Set<String> select(Set<String> topics, List<String> concepts, boolean withPrerequisites) {
        Set<String> out = new TreeSet<>();
        if (topics == null && concepts.isEmpty()) {
            out.addAll(rank.keySet());
        } else {
            if (topics != null) {
                out.addAll(conceptsIn(topics));
            }
            out.addAll(concepts);
        }
        if (withPrerequisites) {
            for (String id : List.copyOf(out)) {
                out.addAll(closure(id, PREREQUISITE_OF, false));
            }
        }
        return out;
    }
}
