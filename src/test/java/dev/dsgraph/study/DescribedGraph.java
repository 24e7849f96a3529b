package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.cache.TopicInfo;
import dev.dsgraph.relation.RelationType;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A test graph whose concepts get summaries of their own (a MemoryGraph's all read "About X."). */
final class DescribedGraph implements GraphView {

    private final GraphView graph;
    private final Map<String, String> summaries;

    DescribedGraph(GraphView graph, Map<String, String> summaries) {
        this.graph = graph;
        this.summaries = summaries;
    }

    @Override
    public long revision() {
        return graph.revision();
    }

    @Override
    public ConceptInfo info(String id) {
        ConceptInfo c = graph.info(id);
        return c == null
                ? null
                : new ConceptInfo(
                        c.id(),
                        c.name(),
                        c.nameLower(),
                        summaries.getOrDefault(id, c.summary()),
                        c.aliases(),
                        c.tags(),
                        c.topics());
    }

    @Override
    public Collection<ConceptInfo> concepts() {
        return graph.concepts().stream().map(c -> info(c.id())).toList();
    }

    @Override
    public Map<String, ConceptNode> nodes(Collection<String> ids) {
        return graph.nodes(ids);
    }

    @Override
    public Map<String, RelationType> types() {
        return graph.types();
    }

    @Override
    public List<TopicInfo> topics() {
        return graph.topics();
    }
}
