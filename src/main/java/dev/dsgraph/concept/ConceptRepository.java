package dev.dsgraph.concept;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.concept.ConceptModels.Concept;
import dev.dsgraph.concept.ConceptModels.ConceptSummary;
import dev.dsgraph.concept.ConceptModels.Figure;
import dev.dsgraph.concept.ConceptModels.RelatedConcept;
import dev.dsgraph.concept.ConceptModels.RelationGroup;
import dev.dsgraph.concept.ConceptModels.TopicRef;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.relation.Vocabulary;
import dev.dsgraph.support.GraphDb;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Cypher for reading concepts. */
@ApplicationScoped
public class ConceptRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String LIST = """
            MATCH (c:Concept)
            WHERE ($topic IS NULL OR EXISTS { (c)-[:IN_TOPIC]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {id: $topic}) })
              AND ($tag IS NULL OR $tag IN c.tags)
            WITH c ORDER BY c.nameLower, c.id
            WITH collect(c) AS matched
            RETURN size(matched) AS total,
                   [c IN matched[$skip..($skip + $limit)] | c {
                       .id, .name, .summary, .tags,
                       topics: COLLECT { MATCH (c)-[:IN_TOPIC]->(t:Topic) RETURN t.id ORDER BY t.id }
                   }] AS items
            """;

    private static final String TOPIC_EXISTS = "MATCH (t:Topic {id: $id}) RETURN t.id AS id";

    private static final String FIND = """
            MATCH (c:Concept {id: $id})
            RETURN c {.*} AS c,
                   COLLECT { MATCH (c)-[:IN_TOPIC]->(t:Topic) RETURN t {.id, .name} ORDER BY t.id } AS topics,
                   COLLECT { MATCH (c)-[r]-(o:Concept)
                             RETURN {type: type(r), outgoing: startNode(r) = c, id: o.id, name: o.name,
                                     reason: r.reason, weight: r.weight} } AS relations
            """;

    private final GraphDb db;
    private final Vocabulary vocabulary;

    ConceptRepository(GraphDb db, Vocabulary vocabulary) {
        this.db = db;
        this.vocabulary = vocabulary;
    }

    public boolean topicExists(String id) {
        return !db.read(TOPIC_EXISTS, Map.of("id", id), r -> r.get("id").asString()).isEmpty();
    }

    public ConceptModels.ConceptPage list(String topic, String tag, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("topic", topic);
        params.put("tag", tag);
        params.put("skip", (page - 1) * size);
        params.put("limit", size);
        Record row = db.read(LIST, params, r -> r).get(0);
        List<ConceptSummary> items = row.get("items").asList(v -> new ConceptSummary(v.get("id").asString(),
                v.get("name").asString(), v.get("summary").asString(), v.get("topics").asList(Value::asString),
                strings(v.get("tags"))));
        return new ConceptModels.ConceptPage(items, page, size, row.get("total").asLong());
    }

    public Optional<Concept> find(String id) {
        List<Record> rows = db.read(FIND, Map.of("id", id), r -> r);
        return rows.isEmpty() ? Optional.empty() : Optional.of(toConcept(rows.get(0)));
    }

    /** The concept as seen inside a write transaction, or null. */
    public Concept readInTx(org.neo4j.driver.TransactionContext tx, String id) {
        List<Record> rows = tx.run(FIND, Map.of("id", id)).list();
        return rows.isEmpty() ? null : toConcept(rows.get(0));
    }

    private Concept toConcept(Record row) {
        Value c = row.get("c");
        List<TopicRef> topics = row.get("topics").asList(v -> new TopicRef(v.get("id").asString(), v.get("name").asString()));
        return new Concept(c.get("id").asString(), c.get("name").asString(), strings(c.get("aliases")),
                c.get("summary").asString(), c.get("details").asString(""), topics, strings(c.get("tags")),
                strings(c.get("examples")), figures(c.get("figures")), c.get("origin").asString("seed"),
                c.get("version").asLong(1), groups(row.get("relations").asList(v -> v)));
    }

    private List<RelationGroup> groups(List<Value> relations) {
        Map<String, RelationType> types = vocabulary.types();
        Map<String, List<RelatedConcept>> grouped = new LinkedHashMap<>();
        for (Value r : relations) {
            String type = r.get("type").asString();
            RelationType def = types.get(type);
            String direction = def != null && def.symmetric() ? "both" : r.get("outgoing").asBoolean() ? "outgoing" : "incoming";
            grouped.computeIfAbsent(type + "|" + direction, k -> new ArrayList<>()).add(new RelatedConcept(
                    r.get("id").asString(), r.get("name").asString(), r.get("reason").asString(""),
                    r.get("weight").asDouble(1.0)));
        }
        List<RelationGroup> groups = new ArrayList<>();
        grouped.forEach((key, list) -> {
            String[] parts = key.split("\\|");
            RelationType def = types.get(parts[0]);
            String label = def == null ? parts[0].toLowerCase().replace('_', ' ')
                    : parts[1].equals("incoming") ? def.inverse() : def.label();
            list.sort(Comparator.comparing(RelatedConcept::weight).reversed().thenComparing(RelatedConcept::id));
            groups.add(new RelationGroup(parts[0], parts[1], label, List.copyOf(list)));
        });
        groups.sort(Comparator.comparing(RelationGroup::type).thenComparing(RelationGroup::direction));
        return groups;
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    static List<Figure> figures(Value v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        try {
            return JSON.readValue(v.asString(), new TypeReference<List<Figure>>() {
            });
        } catch (Exception e) {
            return List.of();
        }
    }
}
