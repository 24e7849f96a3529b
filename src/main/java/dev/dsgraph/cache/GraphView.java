package dev.dsgraph.cache;

import dev.dsgraph.relation.RelationType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The graph at one revision, as the read algorithms see it. Implementations load what is missing in batches: ask for
 * all the concepts of one step at once ({@link #nodes(Collection)}) rather than one by one.
 */
public interface GraphView {

    /** The revision every answer of this view belongs to. */
    long revision();

    /** The concept's resident record, or null when there is no such concept. */
    ConceptInfo info(String id);

    /** Every concept's resident record, in no particular order. */
    Collection<ConceptInfo> concepts();

    /** The records and adjacency lists of the given concepts; unknown ids are absent from the answer. */
    Map<String, ConceptNode> nodes(Collection<String> ids);

    /**
     * As {@link #nodes(Collection)}, answered in the order asked: element {@code i} is the node of {@code ids.get(i)},
     * or null when there is no such concept. Saves traversals that number their concepts a map per step.
     */
    default ConceptNode[] nodesInOrder(List<String> ids) {
        Map<String, ConceptNode> found = nodes(ids);
        ConceptNode[] out = new ConceptNode[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = found.get(ids.get(i));
        }
        return out;
    }

    /** One concept's record and adjacency list, or null when there is no such concept. */
    default ConceptNode node(String id) {
        return nodes(List.of(id)).get(id);
    }

    /** The relation vocabulary by type name, in name order. */
    Map<String, RelationType> types();

    /** Every topic, in the sheet's order (order, then id). */
    List<TopicInfo> topics();

    /**
     * A structure derived from this revision of the graph (a sorted list, a topic index), computed once per revision
     * by implementations that can keep it, and on every call otherwise.
     */
    default <T> T derived(String key, Function<GraphView, T> compute) {
        return compute.apply(this);
    }
}
