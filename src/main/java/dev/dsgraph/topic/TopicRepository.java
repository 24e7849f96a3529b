package dev.dsgraph.topic;

import dev.dsgraph.support.GraphDb;
import dev.dsgraph.topic.TopicModels.ConceptRef;
import dev.dsgraph.topic.TopicModels.TopicDetail;
import dev.dsgraph.topic.TopicModels.TopicNode;
import dev.dsgraph.topic.TopicModels.TopicRef;
import dev.dsgraph.topic.TopicModels.TopicTree;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;

/** Cypher for the topic hierarchy. */
@ApplicationScoped
public class TopicRepository {

    private static final String ALL = """
            MATCH (t:Topic)
            OPTIONAL MATCH (t)-[:SUBTOPIC_OF]->(p:Topic)
            RETURN t.id AS id, t.name AS name, t.description AS description, p.id AS parent, t.order AS order,
                   COLLECT { MATCH (c:Concept)-[:IN_TOPIC]->(t) RETURN c {.id, .name, .summary} ORDER BY c.nameLower, c.id } AS concepts
            ORDER BY t.order, t.id
            """;

    private final GraphDb db;

    TopicRepository(GraphDb db) {
        this.db = db;
    }

    private record Row(String id, String name, String description, String parent, List<ConceptRef> concepts) {
        static Row from(Record r) {
            return new Row(r.get("id").asString(), r.get("name").asString(), r.get("description").asString(null),
                    r.get("parent").asString(null), r.get("concepts").asList(v -> new ConceptRef(v.get("id").asString(),
                            v.get("name").asString(), v.get("summary").asString(""))));
        }
    }

    private Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        db.read(ALL, Map.of(), Row::from).forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    private static Map<String, List<String>> children(Map<String, Row> rows) {
        Map<String, List<String>> children = new HashMap<>();
        rows.values().forEach(r -> {
            if (r.parent() != null) {
                children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r.id());
            }
        });
        return children;
    }

    private static Set<String> conceptsUnder(String id, Map<String, Row> rows, Map<String, List<String>> children) {
        Set<String> ids = new HashSet<>();
        rows.get(id).concepts().forEach(c -> ids.add(c.id()));
        children.getOrDefault(id, List.of()).forEach(child -> ids.addAll(conceptsUnder(child, rows, children)));
        return ids;
    }

    public TopicTree tree() {
        Map<String, Row> rows = rows();
        Map<String, List<String>> children = children(rows);
        List<TopicNode> roots = rows.values().stream().filter(r -> r.parent() == null || !rows.containsKey(r.parent()))
                .map(r -> node(r.id(), rows, children)).toList();
        return new TopicTree(roots, rows.size());
    }

    private TopicNode node(String id, Map<String, Row> rows, Map<String, List<String>> children) {
        Row r = rows.get(id);
        return new TopicNode(r.id(), r.name(), r.description(), conceptsUnder(id, rows, children).size(), r.concepts(),
                children.getOrDefault(id, List.of()).stream().map(c -> node(c, rows, children)).toList());
    }

    public Optional<TopicDetail> find(String id) {
        Map<String, Row> rows = rows();
        Row r = rows.get(id);
        if (r == null) {
            return Optional.empty();
        }
        Map<String, List<String>> children = children(rows);
        List<TopicRef> ancestors = new ArrayList<>();
        for (String p = r.parent(); p != null && rows.containsKey(p) && ancestors.size() < 50; p = rows.get(p).parent()) {
            ancestors.add(0, new TopicRef(p, rows.get(p).name()));
        }
        List<TopicRef> kids = children.getOrDefault(id, List.of()).stream().map(c -> new TopicRef(c, rows.get(c).name())).toList();
        return Optional.of(new TopicDetail(r.id(), r.name(), r.description(), ancestors, kids, r.concepts(),
                conceptsUnder(id, rows, children).size()));
    }
}
