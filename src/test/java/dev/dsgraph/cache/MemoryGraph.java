package dev.dsgraph.cache;

import dev.dsgraph.relation.RelationType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link GraphView} built in memory for unit tests of the read algorithms: no Neo4j, no cache. Counts the batches
 * asked for, so tests can check that algorithms load one batch per level.
 */
public final class MemoryGraph implements GraphView {

    private final Map<String, ConceptInfo> infos = new LinkedHashMap<>();
    private final Map<String, List<ConceptNode.Rel>> rels = new HashMap<>();
    private final Map<String, RelationType> types = new TreeMap<>();
    private final List<TopicInfo> topics = new ArrayList<>();
    public int batches;

    public MemoryGraph() {
        type("IS_A", "is a", "has kind", false, true, 0.9);
        type("PREREQUISITE_OF", "prerequisite of", "requires", false, true, 1.0);
        type("IMPLEMENTS", "implements", "implemented by", false, false, 0.8);
        type("CONTRASTS_WITH", "contrasts with", "contrasts with", true, false, 0.6);
    }

    public MemoryGraph type(
            String type, String label, String inverse, boolean symmetric, boolean acyclic, double weight) {
        types.put(type, new RelationType(type, label, inverse, type, symmetric, acyclic, weight));
        return this;
    }

    public MemoryGraph concept(String id, String... topicIds) {
        String name = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        infos.put(
                id,
                new ConceptInfo(
                        id,
                        name,
                        name.toLowerCase(),
                        "About " + name + ".",
                        List.of(),
                        List.of(),
                        List.of(topicIds).stream().sorted().toList()));
        rels.putIfAbsent(id, new ArrayList<>());
        return this;
    }

    public MemoryGraph rel(String from, String type, String to, double weight) {
        String reason = from + " " + type + " " + to;
        rels.get(from).add(new ConceptNode.Rel(type, true, to, weight, reason, false));
        rels.get(to).add(new ConceptNode.Rel(type, false, from, weight, reason, false));
        return this;
    }

    public MemoryGraph rel(String from, String type, String to) {
        return rel(from, type, to, 1.0);
    }

    public MemoryGraph topic(String id, String parent, long order) {
        topics.add(new TopicInfo(id, id.toUpperCase(), null, parent, order));
        return this;
    }

    @Override
    public long revision() {
        return 1;
    }

    @Override
    public ConceptInfo info(String id) {
        return infos.get(id);
    }

    @Override
    public Collection<ConceptInfo> concepts() {
        return infos.values();
    }

    @Override
    public Map<String, ConceptNode> nodes(Collection<String> ids) {
        batches++;
        Map<String, ConceptNode> out = new HashMap<>();
        for (String id : ids) {
            ConceptInfo info = infos.get(id);
            if (info != null) {
                List<ConceptNode.Rel> list = rels.get(id);
                ConceptNode.Rel[] sorted = list.toArray(ConceptNode.Rel[]::new);
                java.util.Arrays.sort(sorted, GraphStore.ADJACENCY_ORDER);
                out.put(
                        id,
                        new ConceptNode(
                                id,
                                "",
                                List.of(),
                                null,
                                "seed",
                                1,
                                list.size() + info.topics().size(),
                                sorted));
            }
        }
        return out;
    }

    @Override
    public Map<String, RelationType> types() {
        return types;
    }

    @Override
    public List<TopicInfo> topics() {
        return topics;
    }
}
