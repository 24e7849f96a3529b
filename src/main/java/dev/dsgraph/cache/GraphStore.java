package dev.dsgraph.cache;

import dev.dsgraph.relation.RelationType;
import dev.dsgraph.support.ChangeLog;
import dev.dsgraph.support.GraphDb;
import dev.dsgraph.support.GraphSchema;
import dev.dsgraph.support.KgConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Cypher that fills the graph cache: the revision, the change feed since a revision, and concepts, adjacency
 * lists, topics and the vocabulary in batches (one statement for many concepts, never one per concept). Every load runs
 * in one read transaction that reads the revision before and after its rows, so the caller knows which revision the rows
 * belong to.
 */
@ApplicationScoped
class GraphStore {

    static final String REVISION = "OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN coalesce(m.revision, 0) AS revision";

    private static final String INFO_FIELDS = """
            RETURN c.id AS id, c.name AS name, c.nameLower AS nameLower, c.summary AS summary, c.aliases AS aliases,
                   c.tags AS tags, c.details AS details,
                   COLLECT { MATCH (c)-[:IN_TOPIC]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics
            """;

    private static final String ALL_INFO = "MATCH (c:Concept)\n" + INFO_FIELDS;

    private static final String NODE_FIELDS = """
            RETURN c.id AS id, c.details AS details, c.examples AS examples, c.figures AS figures, c.origin AS origin,
                   c.version AS version, COUNT { (c)--() } AS degree,
                   COLLECT { MATCH (c)-[r]-(o:Concept)
                             RETURN [type(r), startNode(r) = c, o.id, r.weight, r.reason, r.origin = 'api'] } AS rels
            """;

    /**
     * What a full load reads besides the concepts, in one statement (each distinct statement is planned once per
     * start, and on a cold JVM planning is what a small graph's load costs): the revision, the number of concepts, the
     * topics in the sheet's order and the vocabulary. Read again at the end of the load for the revision after it.
     */
    private static final String HEADER = """
            OPTIONAL MATCH (m:Meta {id: 'graph'})
            RETURN coalesce(m.revision, 0) AS revision, coalesce(m.stamp, '') AS stamp,
                   COUNT { (:Concept) } AS concepts,
                   COLLECT { MATCH (t:Topic)
                             OPTIONAL MATCH (t)-[:SUBTOPIC_OF]->(p:Topic)
                             WITH t, p ORDER BY coalesce(t.order, 0), t.id
                             RETURN t {.id, .name, .description, parent: p.id, order: coalesce(t.order, 0)} } AS topics,
                   COLLECT { MATCH (t:RelationType)
                             WITH t ORDER BY t.type
                             RETURN t {.type, .label, .inverse, .description, .symmetric, .acyclic, .weight} } AS types
            """;

    /**
     * The whole graph in one pass, a row per concept: its record, its fields beyond the record, its relationship count
     * and its outgoing relations to concepts (each relation read once; both ends' adjacency lists are built from it).
     */
    private static final String ALL_NODES = """
            MATCH (c:Concept)
            RETURN c.id AS id, c.name AS name, c.nameLower AS nameLower, c.summary AS summary, c.aliases AS aliases,
                   c.tags AS tags, c.details AS details, c.examples AS examples, c.figures AS figures,
                   c.origin AS origin, c.version AS version, COUNT { (c)--() } AS degree,
                   COLLECT { MATCH (c)-[:IN_TOPIC]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics,
                   COLLECT { MATCH (c)-[r]->(o:Concept) RETURN [type(r), o.id, r.weight, r.reason, r.origin = 'api'] } AS out
            """;

    private static final String NODES_BY_ID = "UNWIND $ids AS cid MATCH (c:Concept {id: cid})\n" + NODE_FIELDS;

    /**
     * The concepts a change touched, in one statement: each one's record and search texts, and its adjacency list
     * when it is among {@code $held} (the ones the replica keeps).
     */
    private static final String TOUCHED = """
            UNWIND $ids AS cid MATCH (c:Concept {id: cid})
            WITH c, cid IN $held AS held
            RETURN c.id AS id, c.name AS name, c.nameLower AS nameLower, c.summary AS summary, c.aliases AS aliases,
                   c.tags AS tags, c.details AS details, c.examples AS examples, c.figures AS figures,
                   c.origin AS origin, c.version AS version, held,
                   COLLECT { MATCH (c)-[:IN_TOPIC]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics,
                   CASE WHEN held THEN COUNT { (c)--() } ELSE 0 END AS degree,
                   CASE WHEN held
                        THEN COLLECT { MATCH (c)-[r]-(o:Concept)
                                       RETURN [type(r), startNode(r) = c, o.id, r.weight, r.reason,
                                               r.origin = 'api'] }
                        ELSE [] END AS rels
            """;

    private static final String TOPICS = """
            MATCH (t:Topic)
            OPTIONAL MATCH (t)-[:SUBTOPIC_OF]->(p:Topic)
            RETURN t.id AS id, t.name AS name, t.description AS description, p.id AS parent, coalesce(t.order, 0) AS order
            ORDER BY order, id
            """;

    private static final String TYPES = """
            MATCH (t:RelationType)
            RETURN t.type AS type, t.label AS label, t.inverse AS inverse, t.description AS description,
                   t.symmetric AS symmetric, t.acyclic AS acyclic, t.weight AS weight
            ORDER BY t.type
            """;

    private static final String CHANGES = """
            MATCH (c:Change) WHERE c.revision > $since AND c.revision <= $until
            WITH c ORDER BY c.seq LIMIT $limit
            RETURN c {.revision, .op, .entity, .id, .type, .from, .to, .source} AS c
            """;

    private final GraphDb db;

    /** Loading a large graph whole takes longer than any single query may ({@code kg.cache.full-load-timeout}). */
    private final Duration fullLoadTimeout;

    GraphStore(GraphDb db, KgConfig config) {
        this.db = db;
        this.fullLoadTimeout = config.cache().fullLoadTimeout();
    }

    /** What one load read, and the revisions read before and after it in the same transaction. */
    public record Loaded<T>(long before, long after, T value) {

        /** True when no write committed while the rows were read, so they all belong to {@link #before}. */
        public boolean consistent() {
            return before == after;
        }
    }

    /** Everything a replica keeps of the whole graph except the adjacency lists (and those too when {@code nodes}). */
    public record Snapshot(
            List<ConceptInfo> concepts,
            List<TopicInfo> topics,
            Map<String, RelationType> types,
            List<ConceptNode> nodes,
            String stamp) {}

    /** Changes after a revision: the concepts they touched, and whether every revision in the range recorded one. */
    public record Delta(
            long until,
            Set<String> touched,
            boolean complete,
            boolean tooMany,
            List<ConceptInfo> concepts,
            Map<String, List<String>> texts,
            List<ConceptNode> nodes,
            List<TopicInfo> topics,
            Map<String, RelationType> types) {}

    /** The revision in Neo4j now. */
    public long revision() {
        return db.readBounded(tx -> revision(tx));
    }

    /** The revision in Neo4j now, with the stamp of the write that made it ("" when none drew one). */
    public SnapshotFile.Stamp stamp() {
        return db.readBounded(tx -> {
            Record r = tx.run(GraphSchema.RECORDED).single();
            return new SnapshotFile.Stamp(
                    r.get("revision").asLong(), r.get("stamp").asString(""));
        });
    }

    static long revision(TransactionContext tx) {
        return tx.run(REVISION).single().get("revision").asLong();
    }

    /**
     * The whole graph: every concept's record, the topics, the vocabulary, and every adjacency list when there are no
     * more concepts than {@code budget}. Each attempt of the transaction takes a consumer from {@code sink}, which sees each
     * concept's record and search texts as they are read (to index them meanwhile).
     */
    public Loaded<Snapshot> loadAll(int budget, Supplier<BiConsumer<ConceptInfo, List<String>>> sink) {
        return db.readTx(
                tx -> {
                    BiConsumer<ConceptInfo, List<String>> onConcept = sink.get();
                    Record header = tx.run(HEADER).single();
                    long before = header.get("revision").asLong();
                    String stamp = header.get("stamp").asString("");
                    List<ConceptInfo> infos = new ArrayList<>();
                    List<ConceptNode> all = new ArrayList<>();
                    long count = header.get("concepts").asLong();
                    if (count > budget) {
                        stream(tx, ALL_INFO, Map.of(), r -> {
                            ConceptInfo info = info(r);
                            infos.add(info);
                            onConcept.accept(info, text(r));
                        });
                    } else {
                        GraphAssembly graph = new GraphAssembly((int) count);
                        stream(tx, ALL_NODES, Map.of(), r -> {
                            String from = graph.id(r.get("id").asString());
                            ConceptInfo info = info(r, from);
                            String details = r.get("details").asString("");
                            graph.concept(
                                    info,
                                    new GraphAssembly.NodeFields(
                                            details,
                                            strings(r.get("examples")),
                                            r.get("figures").asString(null),
                                            r.get("origin").asString("seed"),
                                            r.get("version").asLong(1),
                                            r.get("degree").asInt()));
                            onConcept.accept(info, GraphAssembly.text(info, details));
                            for (Value v : r.get("out").values()) {
                                graph.relation(
                                        from,
                                        v.get(0).asString(),
                                        v.get(1).asString(),
                                        v.get(2).asDouble(1.0),
                                        v.get(3).asString(""),
                                        v.get(4).asBoolean(false));
                            }
                        });
                        infos.addAll(graph.infos());
                        all.addAll(graph.nodes());
                    }
                    List<TopicInfo> topics = header.get("topics").asList(GraphStore::topic);
                    Map<String, RelationType> types = new LinkedHashMap<>();
                    header.get("types").asList(RelationType::from).forEach(t -> types.put(t.type(), t));
                    Snapshot snapshot = new Snapshot(infos, topics, types, all, stamp);
                    long after = tx.run(HEADER).single().get("revision").asLong();
                    return new Loaded<>(before, after, snapshot);
                },
                fullLoadTimeout);
    }

    /** The records and adjacency lists of the given concepts (unknown ids are left out). */
    public Loaded<List<ConceptNode>> loadNodes(Collection<String> ids) {
        return db.readBounded(tx -> {
            long before = revision(tx);
            List<ConceptNode> nodes = new ArrayList<>();
            stream(tx, NODES_BY_ID, Map.of("ids", List.copyOf(ids)), r -> nodes.add(node(r)));
            return new Loaded<>(before, revision(tx), nodes);
        });
    }

    /**
     * The changes after {@code since} up to the current revision, with the new state of every concept they touched
     * (its record always, its adjacency list when {@code cached} says this replica holds it), the topics and the
     * vocabulary. {@code tooMany} when more than {@code limit} changes were made: reload wholesale instead.
     */
    public Loaded<Delta> loadChanges(long since, int limit, Predicate<String> cached) {
        return db.readBounded(tx -> {
            long before = revision(tx);
            Set<String> touched = new HashSet<>();
            Set<Long> revisions = new HashSet<>();
            int[] count = {0};
            boolean[] beyondApi = {false};
            stream(tx, CHANGES, Map.of("since", since, "until", before, "limit", limit + 1), r -> {
                Value c = r.get("c");
                count[0]++;
                revisions.add(c.get("revision").asLong());
                beyondApi[0] |= !"api".equals(c.get("source").asString(null));
                touched.addAll(ChangeLog.change(c).touched());
            });
            boolean tooMany = count[0] > limit;
            boolean complete = revisions.size() == before - since;
            if (tooMany || !complete) {
                return new Loaded<>(
                        before,
                        revision(tx),
                        new Delta(
                                before, touched, complete, tooMany, List.of(), Map.of(), List.of(), List.of(),
                                Map.of()));
            }
            return new Loaded<>(before, revision(tx), touched(tx, before, touched, cached, beyondApi[0]));
        });
    }

    /**
     * The state of the concepts a write touched as {@code tx} sees it: inside the write's own transaction, after its
     * change records, that is the state at the revision it commits ({@code until}). Topics and the vocabulary are
     * read again only when {@code withVocabulary} (a seed load or an import may change them).
     */
    Delta touched(
            TransactionContext tx, long until, Set<String> touched, Predicate<String> cached, boolean withVocabulary) {
        List<ConceptInfo> infos = new ArrayList<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        List<ConceptNode> nodes = new ArrayList<>();
        List<String> ids = List.copyOf(touched);
        List<String> held = ids.stream().filter(cached).toList();
        stream(tx, TOUCHED, Map.of("ids", ids, "held", held), r -> {
            infos.add(info(r));
            texts.put(r.get("id").asString(), text(r));
            if (r.get("held").asBoolean()) {
                nodes.add(node(r));
            }
        });
        return new Delta(
                until,
                touched,
                true,
                false,
                infos,
                texts,
                nodes,
                withVocabulary ? topics(tx) : null,
                withVocabulary ? types(tx) : null);
    }

    private static void stream(TransactionContext tx, String cypher, Map<String, Object> params, Consumer<Record> row) {
        var result = tx.run(cypher, params);
        while (result.hasNext()) {
            row.accept(result.next());
        }
    }

    private static List<TopicInfo> topics(TransactionContext tx) {
        return tx.run(TOPICS).list(GraphStore::topic);
    }

    private static TopicInfo topic(MapAccessor r) {
        return new TopicInfo(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("description").asString(null),
                r.get("parent").asString(null),
                r.get("order").asLong(0));
    }

    private static Map<String, RelationType> types(TransactionContext tx) {
        Map<String, RelationType> types = new LinkedHashMap<>();
        tx.run(TYPES).list(RelationType::from).forEach(t -> types.put(t.type(), t));
        return types;
    }

    private static ConceptInfo info(Record r) {
        return info(r, r.get("id").asString());
    }

    private static ConceptInfo info(Record r, String id) {
        String name = r.get("name").asString("");
        return new ConceptInfo(
                id,
                name,
                r.get("nameLower").asString(name.toLowerCase(Locale.ROOT)),
                r.get("summary").asString(""),
                strings(r.get("aliases")),
                strings(r.get("tags")),
                strings(r.get("topics")));
    }

    /** The texts search indexes: name, aliases, summary and details. */
    private static List<String> text(Record r) {
        return List.of(
                r.get("name").asString(""),
                String.join(" ; ", strings(r.get("aliases"))),
                r.get("summary").asString(""),
                r.get("details").asString(""));
    }

    /** Adjacency lists are kept in one order whichever query filled them: other end, type, outgoing first. */
    static final Comparator<ConceptNode.Rel> ADJACENCY_ORDER = Comparator.comparing(ConceptNode.Rel::other)
            .thenComparing(ConceptNode.Rel::type)
            .thenComparing(r -> !r.outgoing());

    private static ConceptNode node(Record r) {
        String id = r.get("id").asString();
        List<Value> rels = r.get("rels").asList(v -> v);
        ConceptNode.Rel[] out = new ConceptNode.Rel[rels.size()];
        for (int i = 0; i < out.length; i++) {
            Value v = rels.get(i);
            out[i] = new ConceptNode.Rel(
                    v.get(0).asString().intern(),
                    v.get(1).asBoolean(),
                    v.get(2).asString(),
                    v.get(3).asDouble(1.0),
                    v.get(4).asString(""),
                    v.get(5).asBoolean(false));
        }
        Arrays.sort(out, ADJACENCY_ORDER);
        return new ConceptNode(
                id,
                r.get("details").asString(""),
                strings(r.get("examples")),
                r.get("figures").asString(null),
                r.get("origin").asString("seed"),
                r.get("version").asLong(1),
                r.get("degree").asInt(),
                out);
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
