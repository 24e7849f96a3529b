package dev.dsgraph.topic;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.cache.TopicInfo;
import dev.dsgraph.topic.TopicModels.ConceptRef;
import dev.dsgraph.topic.TopicModels.TopicDetail;
import dev.dsgraph.topic.TopicModels.TopicNode;
import dev.dsgraph.topic.TopicModels.TopicRef;
import dev.dsgraph.topic.TopicModels.TopicTree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The topic hierarchy with its concepts, from a {@link GraphView}. Pure. */
public final class TopicTrees {

    private TopicTrees() {}

    /** The topics in the sheet's order, each with the concepts directly in it (by name, then id) and its children. */
    private record Index(
            Map<String, TopicInfo> topics, Map<String, List<ConceptRef>> concepts, Map<String, List<String>> children) {

        static Index of(GraphView view) {
            Map<String, TopicInfo> topics = new LinkedHashMap<>();
            view.topics().forEach(t -> topics.put(t.id(), t));
            Map<String, List<ConceptInfo>> members = new HashMap<>();
            for (ConceptInfo c : view.concepts()) {
                for (String t : c.topics()) {
                    members.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
                }
            }
            Map<String, List<ConceptRef>> concepts = new HashMap<>();
            members.forEach((t, list) -> concepts.put(
                    t,
                    list.stream()
                            .sorted(Comparator.comparing(ConceptInfo::nameLower).thenComparing(ConceptInfo::id))
                            .map(c -> new ConceptRef(c.id(), c.name(), c.summary()))
                            .toList()));
            Map<String, List<String>> children = new HashMap<>();
            topics.values().forEach(t -> {
                if (t.parent() != null) {
                    children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t.id());
                }
            });
            return new Index(topics, concepts, children);
        }

        List<ConceptRef> conceptsOf(String id) {
            return concepts.getOrDefault(id, List.of());
        }

        Set<String> conceptsUnder(String id) {
            Set<String> ids = new HashSet<>();
            conceptsOf(id).forEach(c -> ids.add(c.id()));
            children.getOrDefault(id, List.of()).forEach(child -> ids.addAll(conceptsUnder(child)));
            return ids;
        }

        /** The topic and every topic under it. */
        Set<String> subtree(String id) {
            Set<String> ids = new HashSet<>(List.of(id));
            children.getOrDefault(id, List.of()).forEach(child -> ids.addAll(subtree(child)));
            return ids;
        }
    }

    public static TopicTree tree(GraphView view) {
        Index index = view.derived("topic-index", Index::of);
        List<TopicNode> roots = index.topics().values().stream()
                .filter(t -> t.parent() == null || !index.topics().containsKey(t.parent()))
                .map(t -> node(t.id(), index))
                .toList();
        return new TopicTree(roots, index.topics().size());
    }

    private static TopicNode node(String id, Index index) {
        TopicInfo t = index.topics().get(id);
        return new TopicNode(
                t.id(),
                t.name(),
                t.description(),
                index.conceptsUnder(id).size(),
                index.conceptsOf(id),
                index.children().getOrDefault(id, List.of()).stream()
                        .map(c -> node(c, index))
                        .toList());
    }

    public static Optional<TopicDetail> find(GraphView view, String id) {
        Index index = view.derived("topic-index", Index::of);
        TopicInfo t = index.topics().get(id);
        if (t == null) {
            return Optional.empty();
        }
        List<TopicRef> ancestors = new ArrayList<>();
        for (String p = t.parent();
                p != null && index.topics().containsKey(p) && ancestors.size() < 50;
                p = index.topics().get(p).parent()) {
            ancestors.add(0, new TopicRef(p, index.topics().get(p).name()));
        }
        List<TopicRef> kids = index.children().getOrDefault(id, List.of()).stream()
                .map(c -> new TopicRef(c, index.topics().get(c).name()))
                .toList();
        return Optional.of(new TopicDetail(
                t.id(),
                t.name(),
                t.description(),
                ancestors,
                kids,
                index.conceptsOf(id),
                index.conceptsUnder(id).size()));
    }

    /** The topic and all its subtopics, or null when there is no such topic. */
    public static Set<String> subtree(GraphView view, String id) {
        Index index = view.derived("topic-index", Index::of);
        return index.topics().containsKey(id) ? index.subtree(id) : null;
    }
}
