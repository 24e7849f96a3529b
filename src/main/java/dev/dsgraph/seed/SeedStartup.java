package dev.dsgraph.seed;

import dev.dsgraph.support.GraphRevision;
import dev.dsgraph.support.GraphSchema;
import dev.dsgraph.support.KgConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

import java.nio.file.Path;

/** Creates the schema and loads the seed when the service starts; a bad seed stops the start. */
@ApplicationScoped
class SeedStartup {

    private static final Logger LOG = Logger.getLogger(SeedStartup.class);

    private final Driver driver;
    private final KgConfig config;
    private final GraphRevision revision;

    SeedStartup(Driver driver, KgConfig config, GraphRevision revision) {
        this.driver = driver;
        this.config = config;
        this.revision = revision;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        long started = System.nanoTime();
        GraphSchema.Recorded recorded = GraphSchema.recorded(driver);
        boolean applied = GraphSchema.ensure(driver, recorded);
        LOG.infof(
                applied ? "Schema %s applied in %d ms" : "Schema %s already applied (checked in %d ms)",
                GraphSchema.VERSION,
                (System.nanoTime() - started) / 1_000_000);
        if (!config.seed().enabled()) {
            LOG.info("Seed loading disabled (kg.seed.enabled=false)");
            return;
        }
        started = System.nanoTime();
        SeedLoader.Outcome outcome;
        String dir;
        if (config.seed().dir().isPresent()) {
            dir = config.seed().dir().get();
            outcome = SeedLoader.load(
                    driver, Path.of(dir), recorded, config.seed().timeout());
        } else {
            dir = "(bundled in the jar)";
            try (BundledSeed bundled = BundledSeed.open()) {
                outcome = SeedLoader.load(
                        driver, bundled.dir(), recorded, config.seed().timeout());
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (outcome.skipped()) {
            LOG.infof(
                    "Seed %s unchanged (hash %s), checked in %d ms: nothing to write",
                    dir, outcome.hash().substring(0, 12), millis);
        } else {
            var r = outcome.result();
            revision.observed(r.revision());
            LOG.infof(
                    "Seed %s loaded in %d ms (hash %s): %d concepts and %d relations; created %d concepts and %d"
                            + " relations, updated %d and %d; revision %d",
                    dir,
                    millis,
                    outcome.hash().substring(0, 12),
                    outcome.concepts(),
                    outcome.relations(),
                    r.conceptsCreated(),
                    r.relationsCreated(),
                    r.conceptsUpdated(),
                    r.relationsUpdated(),
                    r.revision());
        }
    }
}
