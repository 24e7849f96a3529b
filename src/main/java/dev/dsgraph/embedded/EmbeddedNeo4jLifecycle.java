package dev.dsgraph.embedded;

import dev.dsgraph.support.KgConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.file.Path;

/** Starts the in-process Neo4j before anything uses the driver, and stops it with the service. */
@ApplicationScoped
class EmbeddedNeo4jLifecycle {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4jLifecycle.class);

    private final KgConfig config;
    private final int boltPort;
    private final String password;
    private EmbeddedNeo4j neo4j;

    EmbeddedNeo4jLifecycle(
            KgConfig config,
            @ConfigProperty(name = "quarkus.neo4j.uri") String uri,
            @ConfigProperty(name = "quarkus.neo4j.authentication.password") String password) {
        this.config = config;
        this.password = password;
        // the port chosen by EmbeddedNeo4jConfigSourceFactory, so the driver and the DBMS agree on it
        this.boltPort = URI.create(uri).getPort();
    }

    // the driver connects lazily, so starting the DBMS in the first startup observer is early enough
    void start(@Observes @Priority(1) StartupEvent event) {
        if (!config.embedded().enabled()) {
            LOG.info("Embedded Neo4j disabled: using quarkus.neo4j.uri");
            return;
        }
        Path home = EmbeddedNeo4j.home(config);
        long started = System.nanoTime();
        neo4j = EmbeddedNeo4j.start(home, boltPort, config.embedded().pageCache(), password);
        LOG.infof(
                "Embedded Neo4j started in %d ms: store %s, Bolt %s (user %s, %s)",
                (System.nanoTime() - started) / 1_000_000,
                home.toAbsolutePath(),
                neo4j.boltUri(),
                EmbeddedNeo4j.USER,
                config.embedded().password().isPresent()
                        ? "password from kg.embedded.password"
                        : "a random password drawn at this start");
    }

    void stop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        if (neo4j != null) {
            neo4j.close();
            neo4j = null;
            LOG.info("Embedded Neo4j stopped");
        }
    }
}
