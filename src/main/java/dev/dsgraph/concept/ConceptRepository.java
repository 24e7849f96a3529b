package dev.dsgraph.concept;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.concept.ConceptModels.Concept;
import dev.dsgraph.concept.ConceptModels.TopicRef;
import dev.dsgraph.relation.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a concept back inside the write transaction that changed it, for the write's response. */
@ApplicationScoped
public class ConceptRepository {

    private static final String FIND = """
            MATCH (c:Concept {id: $id})
            RETURN c {.*} AS c,
                   COLLECT { MATCH (c)-[:IN_TOPIC]->(t:Topic) RETURN t {.id, .name} ORDER BY t.id } AS topics,
                   COLLECT { MATCH (c)-[r]-(o:Concept)
                             RETURN {type: type(r), outgoing: startNode(r) = c, id: o.id, name: o.name,
                                     reason: r.reason, weight: r.weight, origin: r.origin} } AS relations
            """;

    private final Vocabulary vocabulary;

    ConceptRepository(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The concept as seen inside a write transaction, or null. */
    public Concept readInTx(TransactionContext tx, String id) {
        List<Record> rows = tx.run(FIND, Map.of("id", id)).list();
        return rows.isEmpty() ? null : toConcept(rows.get(0));
    }

    private Concept toConcept(Record row) {
        Value c = row.get("c");
        String name = c.get("name").asString();
        List<TopicRef> topics = row.get("topics")
                .asList(v -> new TopicRef(v.get("id").asString(), v.get("name").asString()));
        ConceptInfo info = new ConceptInfo(
                c.get("id").asString(),
                name,
                name.toLowerCase(Locale.ROOT),
                c.get("summary").asString(""),
                strings(c.get("aliases")),
                strings(c.get("tags")),
                topics.stream().map(TopicRef::id).toList());
        Map<String, String> names = new HashMap<>();
        List<Value> relations = row.get("relations").asList(v -> v);
        ConceptNode.Rel[] rels = new ConceptNode.Rel[relations.size()];
        for (int i = 0; i < rels.length; i++) {
            Value r = relations.get(i);
            names.put(r.get("id").asString(), r.get("name").asString());
            rels[i] = new ConceptNode.Rel(
                    r.get("type").asString(),
                    r.get("outgoing").asBoolean(),
                    r.get("id").asString(),
                    r.get("weight").asDouble(1.0),
                    r.get("reason").asString(""),
                    "api".equals(r.get("origin").asString(null)));
        }
        ConceptNode node = new ConceptNode(
                info.id(),
                c.get("details").asString(""),
                strings(c.get("examples")),
                c.get("figures").asString(null),
                c.get("origin").asString("seed"),
                c.get("version").asLong(1),
                0,
                rels);
        return ConceptViews.assemble(info, node, topics, vocabulary.types(), names::get);
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
