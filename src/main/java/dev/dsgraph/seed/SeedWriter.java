package dev.dsgraph.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.seed.SeedModel.ConceptDef;
import dev.dsgraph.seed.SeedModel.RelationDef;
import dev.dsgraph.seed.SeedModel.RelationTypeDef;
import dev.dsgraph.support.Change;
import dev.dsgraph.support.Change.Op;
import dev.dsgraph.support.ChangeLog;
import dev.dsgraph.support.GraphRevision;
import dev.dsgraph.write.ConceptRow;
import dev.dsgraph.write.GraphWrites;
import dev.dsgraph.write.GraphWrites.Writer;
import dev.dsgraph.write.RelationRow;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a validated seed or import inside one transaction through the write model ({@link GraphWrites}), counts what
 * it did and appends the change records. Entries owned by the API (created or edited through
 * it, {@code origin = 'api'}) and entries deleted through the API (a {@code :Tombstone}) are never touched; nothing is
 * ever deleted.
 */
public final class SeedWriter {

    /** What one write did. */
    public record Result(
            int conceptsCreated,
            int conceptsUpdated,
            int relationsCreated,
            int relationsUpdated,
            int topicsWritten,
            int relationTypesWritten,
            long revision) {

        public boolean changedAnything() {
            return conceptsCreated + conceptsUpdated + relationsCreated + relationsUpdated > 0;
        }
    }

    /** Who is writing: the seed loader defers to the API; an import through the API overwrites and owns what it writes. */
    public enum Mode {
        SEED(Writer.SEED, "seed"),
        IMPORT(Writer.IMPORT, "import");

        final Writer writer;

        /** The writer as the change feed names it. */
        final String source;

        Mode(Writer writer, String source) {
            this.writer = writer;
            this.source = source;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SET_SEED_HASH =
            "MERGE (m:Meta {id: 'graph'}) SET m.seedHash = $hash, m.seededAt = datetime()";

    private SeedWriter() {}

    /**
     * Writes a validated seed or import and records its hash (when given); returns what changed. The caller has locked
     * the revision at the start of the transaction ({@link GraphRevision#bump} or {@link GraphRevision#lock}), which
     * serialises writers, and commits it at {@code revision}.
     */
    public static Result write(TransactionContext tx, SeedModel seed, String hash, Mode mode, long revision) {
        Writer writer = mode.writer;
        GraphWrites.upsertTypes(tx, seed.relationTypes());
        GraphWrites.upsertTopics(tx, seed.topics());

        List<Change> changes = new ArrayList<>();
        int conceptsCreated = 0;
        int conceptsUpdated = 0;
        List<ConceptRow> conceptRows =
                seed.concepts().stream().map(ConceptRow::of).toList();
        for (var written : GraphWrites.upsertConcepts(tx, conceptRows, writer)) {
            conceptsCreated += written.created() ? 1 : 0;
            conceptsUpdated += written.created() ? 0 : 1;
            changes.add(Change.concept(Op.createdOrUpdated(written.created()), written.id()));
        }

        Map<String, RelationTypeDef> types = currentTypes(tx, seed);
        // two statements, directed and symmetric types, each over all their rows (the type is a dynamic type per row)
        Map<Boolean, List<RelationRow>> bySymmetry = seed.relations().stream()
                .sorted(Comparator.comparing(RelationDef::type))
                .collect(Collectors.partitioningBy(
                        r -> types.get(r.type()).symmetric(),
                        Collectors.mapping(
                                r -> new RelationRow(r.from(), r.type(), r.to(), r.reason(), r.weight()),
                                Collectors.toList())));
        int relationsCreated = 0;
        int relationsUpdated = 0;
        for (boolean symmetric : List.of(false, true)) {
            for (var written : GraphWrites.upsertRelations(tx, symmetric, bySymmetry.get(symmetric), writer)) {
                relationsCreated += written.created() ? 1 : 0;
                relationsUpdated += written.created() ? 0 : 1;
                changes.add(Change.relation(
                        Op.createdOrUpdated(written.created()), written.from(), written.type(), written.to()));
            }
        }
        ChangeLog.append(tx, revision, mode.source, changes);
        if (hash != null) {
            tx.run(SET_SEED_HASH, Map.of("hash", hash)).consume();
        }
        return new Result(
                conceptsCreated,
                conceptsUpdated,
                relationsCreated,
                relationsUpdated,
                seed.topics().size(),
                seed.relationTypes().size(),
                revision);
    }

    private static Map<String, RelationTypeDef> currentTypes(TransactionContext tx, SeedModel seed) {
        Map<String, RelationTypeDef> types = new LinkedHashMap<>();
        for (var r : tx.run("MATCH (t:RelationType) RETURN t.type AS type, t.symmetric AS symmetric")
                .list()) {
            String type = r.get("type").asString();
            types.put(
                    type,
                    new RelationTypeDef(
                            type, null, null, null, r.get("symmetric").asBoolean(false), false, 1, null));
        }
        seed.relationTypes().forEach(t -> types.put(t.type(), t));
        return types;
    }

    /** A SHA-256 over the seed's content, independent of file layout and entry order. */
    public static String contentHash(SeedModel seed) {
        List<String> lines = new ArrayList<>();
        seed.relationTypes().forEach(t -> lines.add("T " + json(GraphWrites.typeRow(t))));
        seed.topics().forEach(t -> lines.add("P " + json(GraphWrites.topicRow(t))));
        seed.concepts().forEach(c -> lines.add("C " + json(ConceptRow.of(c).toMap())));
        seed.relations().forEach(r -> lines.add("R " + json(relationRow(r))));
        lines.sort(String::compareTo);
        return ConceptRow.sha256(String.join("\n", lines));
    }

    /** The properties of a concept node, as written by the seed loader and the API alike ({@link ConceptRow}). */
    public static Map<String, Object> conceptRow(ConceptDef c) {
        return ConceptRow.of(c).toMap();
    }

    /** A relation as the content hash has always taken it (changing it would make every store reload its seed). */
    private static Map<String, Object> relationRow(RelationDef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", r.from());
        m.put("to", r.to());
        m.put("reason", r.reason());
        m.put("weight", r.weight());
        m.put("key", RelationRow.key(r.from(), r.type(), r.to()));
        m.put("reverseKey", RelationRow.key(r.to(), r.type(), r.from()));
        return m;
    }

    /** Hex SHA-256 of a text. */
    public static String sha256(String text) {
        return ConceptRow.sha256(text);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
