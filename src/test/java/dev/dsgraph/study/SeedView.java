package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.cache.TopicInfo;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.seed.SeedModel;
import dev.dsgraph.seed.SeedReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link GraphView} read straight from the seed files, with no Neo4j and no cache: what a freshly started service
 * holds. Study ids computed from it must equal those the running service answers.
 */
final class SeedView implements GraphView {

    private final Map<String, ConceptInfo> infos = new LinkedHashMap<>();
    private final Map<String, List<Rel>> rels = new HashMap<>();
    private final Map<String, RelationType> types = new TreeMap<>();
    private final List<TopicInfo> topics = new ArrayList<>();

    SeedView(Path dir) {
        SeedModel seed = SeedReader.readDirectory(dir).model();
        seed.relationTypes()
                .forEach(t -> types.put(
                        t.type(),
                        new RelationType(
                                t.type(),
                                t.label(),
                                t.inverse(),
                                t.description(),
                                t.symmetric(),
                                t.acyclic(),
                                t.weight())));
        seed.topics().forEach(t -> topics.add(new TopicInfo(t.id(), t.name(), t.description(), t.parent(), t.order())));
        for (SeedModel.ConceptDef c : seed.concepts()) {
            infos.put(
                    c.id(),
                    new ConceptInfo(
                            c.id(),
                            c.name(),
                            c.name().toLowerCase(Locale.ROOT),
                            c.summary() == null ? "" : c.summary(),
                            c.aliases() == null ? List.of() : c.aliases(),
                            c.tags() == null ? List.of() : c.tags(),
                            c.topics() == null
                                    ? List.of()
                                    : c.topics().stream().sorted().toList()));
            rels.put(c.id(), new ArrayList<>());
        }
        for (SeedModel.RelationDef r : seed.relations()) {
            String reason = r.reason() == null ? "" : r.reason();
            rels.get(r.from()).add(new Rel(r.type(), true, r.to(), r.weight(), reason, false));
            rels.get(r.to()).add(new Rel(r.type(), false, r.from(), r.weight(), reason, false));
        }
    }

    static SeedView fromSeed() {
        return new SeedView(Path.of("graph-seed"));
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
        Map<String, ConceptNode> out = new HashMap<>();
        for (String id : ids) {
            if (infos.containsKey(id)) {
                out.put(
                        id,
                        new ConceptNode(
                                id,
                                "",
                                List.of(),
                                null,
                                "seed",
                                1,
                                rels.get(id).size(),
                                rels.get(id).toArray(Rel[]::new)));
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
