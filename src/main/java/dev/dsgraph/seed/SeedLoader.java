package dev.dsgraph.seed;

import dev.dsgraph.support.GraphRevision;
import dev.dsgraph.support.GraphSchema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads, validates and writes a seed directory into any Neo4j the driver reaches. */
public final class SeedLoader {

    /**
     * What a load did: skipped because the recorded files hash or content hash matched, or the write's result.
     * {@code concepts} and {@code relations} count the entries read, 0 when the files were not read at all.
     */
    public record Outcome(boolean skipped, String hash, int concepts, int relations, SeedWriter.Result result) {}

    private static final String SET_FILES_HASH = "MERGE (m:Meta {id: 'graph'}) SET m.seedFilesHash = $filesHash";

    private SeedLoader() {}

    /** Reads and validates a directory; throws {@link InvalidSeedException} listing every problem. */
    public static SeedModel readValid(Path dir) {
        SeedReader reader = SeedReader.readDirectory(dir);
        List<SeedProblem> problems = new ArrayList<>(reader.problems());
        SeedModel model = reader.model();
        problems.addAll(SeedValidator.validate(model));
        if (!problems.isEmpty()) {
            throw new InvalidSeedException(problems);
        }
        return model;
    }

    /** The default of {@code kg.seed.timeout} and of the seed command's {@code --timeout}. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** Loads {@code dir}, with the default timeout, unless its files or content are those of the last load. */
    public static Outcome load(Driver driver, Path dir) {
        return load(driver, dir, DEFAULT_TIMEOUT);
    }

    /** Loads {@code dir} unless its files or its content are those recorded by the last load. */
    public static Outcome load(Driver driver, Path dir, Duration timeout) {
        return load(driver, dir, GraphSchema.recorded(driver), timeout);
    }

    /**
     * Loads {@code dir} unless it is unchanged: when the hash of its files' bytes is the one recorded, nothing is read
     * or parsed (the usual restart); otherwise it is read and validated, and written unless its content hash is the one
     * recorded. Either way the files hash is recorded in the same transaction, which may take at most {@code timeout}.
     */
    public static Outcome load(Driver driver, Path dir, GraphSchema.Recorded recorded, Duration timeout) {
        String filesHash = SeedReader.filesHash(dir);
        if (filesHash != null && filesHash.equals(recorded.seedFilesHash()) && recorded.seedHash() != null) {
            return new Outcome(true, recorded.seedHash(), 0, 0, null);
        }
        SeedModel model = readValid(dir);
        String hash = SeedWriter.contentHash(model);
        try (var session = driver.session()) {
            return session.executeWrite(
                    tx -> {
                        Outcome outcome;
                        // read again inside the write transaction: another replica may have loaded the seed meanwhile
                        String recordedHash = GraphSchema.Recorded.of(
                                        tx.run(GraphSchema.RECORDED).single())
                                .seedHash();
                        if (hash.equals(recordedHash)) {
                            outcome = new Outcome(
                                    true,
                                    hash,
                                    model.concepts().size(),
                                    model.relations().size(),
                                    null);
                        } else {
                            long revision = GraphRevision.bump(tx);
                            var result = SeedWriter.write(tx, model, hash, SeedWriter.Mode.SEED, revision);
                            outcome = new Outcome(
                                    false,
                                    hash,
                                    model.concepts().size(),
                                    model.relations().size(),
                                    result);
                        }
                        if (filesHash != null) {
                            tx.run(SET_FILES_HASH, Map.of("filesHash", filesHash))
                                    .consume();
                        }
                        return outcome;
                    },
                    TransactionConfig.builder().withTimeout(timeout).build());
        }
    }
}
