package dev.dsgraph.support;

import dev.dsgraph.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.neo4j.Neo4jContainer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema and seed against a real Neo4j server in a container; skipped where no Docker engine runs. */
@EnabledIf("dev.dsgraph.support.Neo4jTestResource#dockerAvailable")
class ContainerNeo4jTest {

    @Test
    void shouldLoadTheSeedIntoAContainerisedNeo4j() {
        try (var neo4j = new Neo4jContainer(Neo4jTestResource.IMAGE).withoutAuthentication()) {
            neo4j.start();
            try (var driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.none())) {
                GraphSchema.apply(driver);
                var outcome = SeedLoader.load(driver, Path.of("graph-seed"));
                assertThat(outcome.result().conceptsCreated()).isEqualTo(outcome.concepts());
                assertThat(SeedLoader.load(driver, Path.of("graph-seed")).skipped())
                        .isTrue();
            }
        }
    }
}
