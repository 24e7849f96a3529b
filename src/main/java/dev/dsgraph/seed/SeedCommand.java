package dev.dsgraph.seed;

import dev.dsgraph.support.GraphSchema;
import java.nio.file.Path;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Loads a seed directory into any Neo4j from the command line, without starting the service:
 * {@code java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' dev.dsgraph.seed.SeedCommand --uri
 * bolt://localhost:7687 --user neo4j --password secret --dir graph-seed}. Exit code 0 on success, 1 for a bad seed,
 * 2 for bad arguments.
 */
public final class SeedCommand {

    private SeedCommand() {
    }

    public static void main(String[] args) {
        String uri = env("NEO4J_URI", "bolt://127.0.0.1:7687");
        String user = env("NEO4J_USER", null);
        String password = env("NEO4J_PASSWORD", null);
        String dir = "graph-seed";
        boolean validateOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--uri" -> uri = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--dir" -> dir = args[++i];
                case "--validate" -> validateOnly = true;
                default -> {
                    System.err.println("usage: SeedCommand [--uri bolt://host:7687] [--user U --password P] [--dir graph-seed] [--validate]");
                    System.exit(2);
                }
            }
        }
        try {
            if (validateOnly) {
                SeedModel model = SeedLoader.readValid(Path.of(dir));
                System.out.printf("Seed %s is valid: %d concepts, %d relations%n", dir, model.concepts().size(),
                        model.relations().size());
                return;
            }
            var auth = user == null ? AuthTokens.none() : AuthTokens.basic(user, password);
            try (var driver = GraphDatabase.driver(uri, auth)) {
                driver.verifyConnectivity();
                GraphSchema.apply(driver);
                var outcome = SeedLoader.load(driver, Path.of(dir));
                System.out.println(outcome.skipped() ? "Seed unchanged, nothing written" : "Seed loaded: " + outcome.result());
            }
        } catch (InvalidSeedException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
