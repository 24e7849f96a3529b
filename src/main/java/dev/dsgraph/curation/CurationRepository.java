package dev.dsgraph.curation;

import dev.dsgraph.curation.CurationModels.RelationView;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.support.Change;
import dev.dsgraph.support.Change.Op;
import dev.dsgraph.support.CycleDetected;
import dev.dsgraph.support.InvalidInput;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.write.ConceptRow;
import dev.dsgraph.write.GraphWrites;
import dev.dsgraph.write.GraphWrites.Writer;
import dev.dsgraph.write.RelationRow;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cypher for writes through the API; every method runs inside a write transaction opened by {@code Writes}. */
@ApplicationScoped
public class CurationRepository {

    private static final String VERSION = "OPTIONAL MATCH (c:Concept {id: $id}) RETURN c.version AS version";

    private static final String KNOWN_TOPICS = "MATCH (t:Topic) WHERE t.id IN $ids RETURN t.id AS id";

    private static final String CONCEPT_RELATIONS = """
            MATCH (c:Concept {id: $id})-[r]-(o:Concept)
            RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to
            """;

    private static final String DELETE_CONCEPT = """
            MATCH (c:Concept {id: $id})
            OPTIONAL MATCH (c)--(o:Concept)
            WITH c, collect(DISTINCT o) AS neighbours
            FOREACH (o IN neighbours | SET o.version = o.version + 1)
            DETACH DELETE c
            MERGE (:Tombstone {key: 'concept:' + $id})
            """;

    /** A path back from the target to the source over the same acyclic type: adding source -> target would close it. */
    private static final String CYCLE = """
            MATCH (a:Concept {id: $from}), (b:Concept {id: $to})
            MATCH p = shortestPath((b)-[rels*]->(a))
            WHERE all(r IN rels WHERE type(r) = $type)
            RETURN [n IN nodes(p) | n.id] AS ids
            """;

    /**
     * Everything a relation write checks, in one statement: whether both ends exist, the source's version (for
     * If-Match) and the stored relation of this type between them, if any (either direction for a symmetric type).
     */
    private static final String RELATION_STATE = """
            OPTIONAL MATCH (a:Concept {id: $from})
            OPTIONAL MATCH (b:Concept {id: $to})
            OPTIONAL MATCH (a)-[r:$($type)]%s(b)
            WITH a, b, r LIMIT 1
            RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, a.version AS version,
                   startNode(r).id AS from, endNode(r).id AS to, r.reason AS reason, r.weight AS weight,
                   r.origin AS origin
            """;

    private static final String RELATION_STATE_DIRECTED = RELATION_STATE.formatted("->");
    private static final String RELATION_STATE_SYMMETRIC = RELATION_STATE.formatted("-");

    private static final String DELETE_RELATION = """
            MATCH (a:Concept {id: $from})-[r:$($type)]->(b:Concept {id: $to})
            SET a.version = a.version + 1, b.version = b.version + 1
            DELETE r
            MERGE (:Tombstone {key: $key})
            """;

    private static final String DELETE_SYMMETRIC_RELATION = """
            MATCH (a:Concept {id: $from})-[r:$($type)]-(b:Concept {id: $to})
            SET a.version = a.version + 1, b.version = b.version + 1
            DELETE r
            MERGE (:Tombstone {key: $key})
            MERGE (:Tombstone {key: $reverseKey})
            """;

    /** The concept's version, or null when it does not exist. */
    public Long version(TransactionContext tx, String id) {
        Value v = tx.run(VERSION, Map.of("id", id)).single().get("version");
        return v.isNull() ? null : v.asLong();
    }

    /** Throws 422 naming {@code topics} unless every topic exists. */
    public void requireTopics(TransactionContext tx, List<String> topics) {
        Set<String> known = new HashSet<>(tx.run(KNOWN_TOPICS, Map.of("ids", topics))
                .list(r -> r.get("id").asString()));
        List<String> unknown = topics.stream().filter(t -> !known.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInput.unknownTopics(unknown);
        }
    }

    /** Creates or replaces a concept's fields and topics (its relations stay); returns its new version. */
    public long upsertConcept(TransactionContext tx, ConceptRow row) {
        return GraphWrites.upsertConcepts(tx, List.of(row), Writer.API).get(0).version();
    }

    /** Deletes a concept with its relations, leaving a tombstone so the seed does not bring it back. */
    public void deleteConcept(TransactionContext tx, String id, List<Change> changes) {
        changes.add(Change.concept(Op.DELETED, id));
        for (Record r : tx.run(CONCEPT_RELATIONS, Map.of("id", id)).list()) {
            changes.add(Change.relation(
                    Op.DELETED,
                    r.get("from").asString(),
                    r.get("type").asString(),
                    r.get("to").asString()));
        }
        tx.run(DELETE_CONCEPT, Map.of("id", id)).consume();
    }

    /**
     * What a relation write finds before it writes: the source concept's version and the stored relation (null when
     * there is none); 404 naming the path parameter of whichever end does not exist.
     */
    public record RelationState(long version, RelationView existing) {}

    /** The ends' existence, the source's version and the stored relation, read at once (see {@link RelationState}). */
    public RelationState relationState(TransactionContext tx, RelationType type, String from, String to) {
        Record r = tx.run(
                        type.symmetric() ? RELATION_STATE_SYMMETRIC : RELATION_STATE_DIRECTED,
                        Map.of("from", from, "to", to, "type", type.type()))
                .single();
        if (!r.get("fromExists").asBoolean()) {
            throw NotFound.concept(from);
        }
        if (!r.get("toExists").asBoolean()) {
            throw NotFound.targetConcept(to);
        }
        RelationView existing = r.get("from").isNull() ? null : view(type, r);
        return new RelationState(r.get("version").asLong(1), existing);
    }

    /** Throws 409 with the cycle when {@code from -type-> to} would close one. */
    public void refuseCycle(TransactionContext tx, String from, String type, String to) {
        List<Record> rows =
                tx.run(CYCLE, Map.of("from", from, "to", to, "type", type)).list();
        if (!rows.isEmpty()) {
            List<String> cycle = new ArrayList<>(List.of(from));
            cycle.addAll(rows.get(0).get("ids").asList(Value::asString));
            throw new CycleDetected(type, from, to, cycle);
        }
    }

    private static RelationView view(RelationType type, Record r) {
        return new RelationView(
                r.get("from").asString(),
                type.type(),
                r.get("to").asString(),
                type.label(),
                type.symmetric(),
                r.get("reason").asString(""),
                r.get("weight").asDouble(1.0),
                r.get("origin").asString("seed"));
    }

    /** Creates or updates a relation; a symmetric one is updated where it is stored, and created from {@code from}. */
    public void upsertRelation(
            TransactionContext tx, RelationType type, String from, String to, String reason, double weight) {
        GraphWrites.upsertRelations(
                tx, type.symmetric(), List.of(new RelationRow(from, type.type(), to, reason, weight)), Writer.API);
    }

    public void deleteRelation(TransactionContext tx, RelationType type, String from, String to) {
        tx.run(
                        type.symmetric() ? DELETE_SYMMETRIC_RELATION : DELETE_RELATION,
                        Map.of(
                                "from",
                                from,
                                "to",
                                to,
                                "type",
                                type.type(),
                                "key",
                                RelationRow.key(from, type.type(), to),
                                "reverseKey",
                                RelationRow.key(to, type.type(), from)))
                .consume();
    }
}
