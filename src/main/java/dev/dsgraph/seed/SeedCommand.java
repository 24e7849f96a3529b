package dev.dsgraph.seed;

import dev.dsgraph.support.GraphSchema;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Loads a seed directory into any Neo4j from the command line, without starting the service:
 * {@code java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' dev.dsgraph.seed.SeedCommand --uri
 * bolt://localhost:7687 --user neo4j --password secret --dir graph-seed}. Exit code 0 on success (and for
 * {@code --help}), 1 for a bad seed or an unreachable Neo4j, 2 for bad arguments; every error is one line.
 */
@Command(
        name = "seed",
        mixinStandardHelpOptions = true,
        version = "dsgraph seed 1.0",
        description = "Validates a graph-seed directory and loads it into a Neo4j (skipped when unchanged).")
public final class SeedCommand implements Callable<Integer> {

    @Option(
            names = "--uri",
            defaultValue = "${env:NEO4J_URI:-bolt://127.0.0.1:7687}",
            description = "Bolt URI of the Neo4j (env NEO4J_URI; default ${DEFAULT-VALUE})")
    String uri;

    @Option(
            names = "--user",
            defaultValue = "${env:NEO4J_USER}",
            description = "user name (env NEO4J_USER; none: no auth)")
    String user;

    @Option(names = "--password", defaultValue = "${env:NEO4J_PASSWORD}", description = "password (env NEO4J_PASSWORD)")
    String password;

    @Option(names = "--dir", defaultValue = "graph-seed", description = "seed directory (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--validate", description = "only check the seed, write nothing")
    boolean validateOnly;

    @Option(
            names = "--timeout",
            defaultValue = "PT5M",
            description = "transaction timeout of the load, ISO-8601 (default ${DEFAULT-VALUE}, as kg.seed.timeout)")
    Duration timeout;

    public static void main(String[] args) {
        // the driver's dependencies look for an SLF4J provider; there is none here and nothing to log
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(cli().execute(args));
    }

    /** The command with its one-line error handling: 2 for bad arguments, 1 for a failure. */
    static CommandLine cli() {
        CommandLine cli = new CommandLine(new SeedCommand());
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("seed: " + e.getMessage() + " (see --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, r) -> {
            String message =
                    e instanceof Neo4jException n ? "Neo4j: " + n.getMessage() : String.valueOf(e.getMessage());
            System.err.println("seed: " + message.strip().replaceAll("\\s*\\n\\s*-?\\s*", "; "));
            return 1;
        });
        return cli;
    }

    @Override
    public Integer call() {
        if (validateOnly) {
            SeedModel model = SeedLoader.readValid(dir);
            System.out.printf(
                    "Seed %s is valid: %d concepts, %d relations%n",
                    dir, model.concepts().size(), model.relations().size());
            return 0;
        }
        var auth = user == null || user.isBlank() ? AuthTokens.none() : AuthTokens.basic(user, password);
        try (var driver = GraphDatabase.driver(
                uri, auth, Config.builder().withLogging(Logging.none()).build())) {
            driver.verifyConnectivity();
            GraphSchema.apply(driver);
            var outcome = SeedLoader.load(driver, dir, timeout);
            System.out.println(
                    outcome.skipped() ? "Seed unchanged, nothing written" : "Seed loaded: " + outcome.result());
        }
        return 0;
    }
}
