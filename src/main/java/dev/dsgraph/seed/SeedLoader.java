package dev.dsgraph.seed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/** Reads, validates and writes a seed directory into any Neo4j the driver reaches. */
public final class SeedLoader {

    /** What a load did: skipped because the recorded hash matched, or the write's result. */
    public record Outcome(boolean skipped, String hash, int concepts, int relations, SeedWriter.Result result) {
    }

    private SeedLoader() {
    }

    /** Reads and validates a directory; throws {@link InvalidSeedException} listing every problem. */
    public static SeedModel readValid(Path dir) {
        SeedReader reader = SeedReader.readDirectory(dir);
        List<SeedProblem> problems = new java.util.ArrayList<>(reader.problems());
        SeedModel model = reader.model();
        problems.addAll(SeedValidator.validate(model));
        if (!problems.isEmpty()) {
            throw new InvalidSeedException(problems);
        }
        return model;
    }

    /** Loads {@code dir} unless its content hash is the one recorded by the last load. */
    public static Outcome load(Driver driver, Path dir) {
        SeedModel model = readValid(dir);
        String hash = SeedWriter.contentHash(model);
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                if (hash.equals(SeedWriter.recordedHash(tx))) {
                    return new Outcome(true, hash, model.concepts().size(), model.relations().size(), null);
                }
                long revision = dev.dsgraph.support.GraphRevision.bump(tx);
                var result = SeedWriter.write(tx, model, hash, SeedWriter.Mode.SEED, revision);
                return new Outcome(false, hash, model.concepts().size(), model.relations().size(), result);
            }, TransactionConfig.builder().withTimeout(Duration.ofMinutes(5)).build());
        }
    }
}
