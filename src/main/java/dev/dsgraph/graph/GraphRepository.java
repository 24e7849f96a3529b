package dev.dsgraph.graph;

import dev.dsgraph.graph.GraphModels.Edge;
import dev.dsgraph.graph.GraphModels.Node;
import dev.dsgraph.graph.GraphModels.Subgraph;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.relation.Vocabulary;
import dev.dsgraph.support.GraphDb;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** Breadth-first neighbourhoods, one query per level, then the relations among the nodes found. */
@ApplicationScoped
public class GraphRepository {

    public static final int MAX_NODES = 500;

    private static final String NEXT_LEVEL = """
            MATCH (n:Concept)-[r]-(o:Concept)
            WHERE n.id IN $frontier AND type(r) IN $types AND NOT o.id IN $seen
            RETURN DISTINCT o.id AS id
            ORDER BY id
            """;

    private static final String NODES_AND_EDGES = """
            MATCH (n:Concept) WHERE n.id IN $ids
            RETURN n.id AS id, n.name AS name,
                   COLLECT { MATCH (n)-[:IN_TOPIC]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics,
                   COLLECT { MATCH (n)-[r]->(o:Concept) WHERE o.id IN $ids AND type(r) IN $types
                             RETURN {type: type(r), target: o.id, reason: r.reason, weight: r.weight} } AS out
            """;

    private final GraphDb db;
    private final Vocabulary vocabulary;

    GraphRepository(GraphDb db, Vocabulary vocabulary) {
        this.db = db;
        this.vocabulary = vocabulary;
    }

    public Subgraph neighbourhood(String id, int depth, List<String> types) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(id, 0);
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            List<String> next = db.read(NEXT_LEVEL, Map.of("frontier", frontier, "types", types, "seen",
                    List.copyOf(distance.keySet())), r -> r.get("id").asString());
            List<String> added = new ArrayList<>();
            for (String n : next) {
                if (distance.size() >= MAX_NODES) {
                    truncated = true;
                    break;
                }
                distance.put(n, level);
                added.add(n);
            }
            frontier = added;
        }
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, RelationType> defs = vocabulary.types();
        db.read(NODES_AND_EDGES, Map.of("ids", List.copyOf(distance.keySet()), "types", types), r -> r).forEach(r -> {
            String source = r.get("id").asString();
            nodes.add(new Node(source, r.get("name").asString(), distance.get(source), r.get("topics").asList(Value::asString)));
            for (Value e : r.get("out").asList(v -> v)) {
                String type = e.get("type").asString();
                RelationType def = defs.get(type);
                String target = e.get("target").asString();
                edges.add(new Edge(source + "|" + type + "|" + target, source, target, type,
                        def == null ? type : def.label(), def != null && def.symmetric(), e.get("reason").asString(""),
                        e.get("weight").asDouble(1.0)));
            }
        });
        nodes.sort(Comparator.comparing(Node::distance).thenComparing(Node::id));
        edges.sort(Comparator.comparing(Edge::id));
        return new Subgraph(id, depth, truncated, nodes, edges);
    }
}
