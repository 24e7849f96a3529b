package dev.dsgraph.concept;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.cache.TopicInfo;
import dev.dsgraph.concept.ConceptModels.Concept;
import dev.dsgraph.concept.ConceptModels.ConceptPage;
import dev.dsgraph.concept.ConceptModels.ConceptSummary;
import dev.dsgraph.concept.ConceptModels.Figure;
import dev.dsgraph.concept.ConceptModels.RelatedConcept;
import dev.dsgraph.concept.ConceptModels.RelationGroup;
import dev.dsgraph.concept.ConceptModels.TopicRef;
import dev.dsgraph.relation.RelationReading;
import dev.dsgraph.relation.RelationType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Concepts as the concept endpoints answer them: one with its relations grouped, and the sorted, paged list. Pure. */
public final class ConceptViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConceptViews() {}

    /** The concept with all its fields and its relations grouped by type and direction, or empty. */
    public static Optional<Concept> find(GraphView view, String id) {
        ConceptInfo info = view.info(id);
        ConceptNode node = info == null ? null : view.node(id);
        if (node == null) {
            return Optional.empty();
        }
        Map<String, TopicInfo> topicsById = new LinkedHashMap<>();
        view.topics().forEach(t -> topicsById.put(t.id(), t));
        List<TopicRef> topics = info.topics().stream()
                .filter(topicsById::containsKey)
                .map(t -> new TopicRef(t, topicsById.get(t).name()))
                .toList();
        return Optional.of(assemble(info, node, topics, view.types(), other -> {
            ConceptInfo o = view.info(other);
            return o == null ? null : o.name();
        }));
    }

    /** The concept from its parts; {@code nameOf} names the other end of each relation. */
    public static Concept assemble(
            ConceptInfo info,
            ConceptNode node,
            List<TopicRef> topics,
            Map<String, RelationType> types,
            Function<String, String> nameOf) {
        return new Concept(
                info.id(),
                info.name(),
                info.aliases(),
                info.summary(),
                node.details(),
                topics,
                info.tags(),
                node.examples(),
                figures(node.figures()),
                node.origin(),
                node.version(),
                groups(types, node, nameOf));
    }

    private static List<RelationGroup> groups(
            Map<String, RelationType> types, ConceptNode node, Function<String, String> nameOf) {
        Map<String, List<RelatedConcept>> grouped = new LinkedHashMap<>();
        for (Rel r : node.relations()) {
            String direction = RelationReading.direction(types, r.type(), r.outgoing());
            String other = nameOf.apply(r.other());
            grouped.computeIfAbsent(r.type() + "|" + direction, k -> new ArrayList<>())
                    .add(new RelatedConcept(r.other(), other == null ? r.other() : other, r.reason(), r.weight()));
        }
        List<RelationGroup> groups = new ArrayList<>();
        grouped.forEach((key, list) -> {
            String[] parts = key.split("\\|");
            String label = RelationReading.label(types, parts[0], !parts[1].equals("incoming"));
            list.sort(Comparator.comparing(RelatedConcept::weight).reversed().thenComparing(RelatedConcept::id));
            groups.add(new RelationGroup(parts[0], parts[1], label, List.copyOf(list)));
        });
        groups.sort(Comparator.comparing(RelationGroup::type).thenComparing(RelationGroup::direction));
        return groups;
    }

    /**
     * One page of the concepts sorted by name (then id), optionally only those in one of {@code topics} and with
     * {@code tag}.
     */
    public static ConceptPage list(GraphView view, Set<String> topics, String tag, int page, int size) {
        List<ConceptInfo> sorted = view.derived(
                "concepts-by-name",
                v -> v.concepts().stream()
                        .sorted(Comparator.comparing(ConceptInfo::nameLower).thenComparing(ConceptInfo::id))
                        .toList());
        List<ConceptInfo> matched = topics == null && tag == null
                ? sorted
                : sorted.stream()
                        .filter(c -> topics == null || c.topics().stream().anyMatch(topics::contains))
                        .filter(c -> tag == null || c.tags().contains(tag))
                        .toList();
        int from = (int) Math.min(matched.size(), (long) (page - 1) * size);
        int to = Math.min(matched.size(), from + size);
        List<ConceptSummary> items = matched.subList(from, to).stream()
                .map(c -> new ConceptSummary(c.id(), c.name(), c.summary(), c.topics(), c.tags()))
                .toList();
        return new ConceptPage(items, page, size, matched.size());
    }

    static List<Figure> figures(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Figure>>() {});
        } catch (Exception e) {
            return List.of();
        }
    }
}
