package dev.dsgraph.support;

import dev.dsgraph.seed.SeedWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The service with {@code kg.embedded.enabled=false} against the Neo4j at {@code quarkus.neo4j.uri}: a second
 * in-process Neo4j on another port stands in for an external server, and data another client writes there is served.
 */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ExternalNeo4jTest {

    @Test
    void shouldServeDataWrittenByAnotherClientToTheExternalServer() {
        var config = ConfigProvider.getConfig();
        assertThat(config.getValue("kg.embedded.enabled", Boolean.class)).isFalse();
        assertThat(config.getValue("quarkus.neo4j.uri", String.class)).isEqualTo(Neo4jTestResource.boltUri());

        try (var driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none())) {
            var concept = new dev.dsgraph.seed.SeedModel.ConceptDef(
                    "external-probe",
                    "External probe",
                    List.of("probe"),
                    "Written by another client straight into Neo4j.",
                    "",
                    List.of("concepts"),
                    List.of(),
                    List.of(),
                    List.of(),
                    null);
            Map<String, Object> row = SeedWriter.conceptRow(concept);
            try (var session = driver.session()) {
                session.executeWrite(tx -> {
                    tx.run(
                                    "CREATE (c:Concept) SET c = $row, c.origin = 'api', c.version = 1 REMOVE c.topics, c.digest",
                                    Map.of("row", row))
                            .consume();
                    return GraphRevision.bump(tx);
                });
            }
            try {
                // the service sees the new revision within kg.cache.revision-check-interval
                long deadline = System.currentTimeMillis() + 5000;
                int status;
                do {
                    status = given().get("/api/v1/concepts/external-probe").statusCode();
                } while (status != 200 && System.currentTimeMillis() < deadline);
                given().get("/api/v1/concepts/external-probe")
                        .then()
                        .statusCode(200)
                        .body("summary", equalTo("Written by another client straight into Neo4j."));
            } finally {
                try (var session = driver.session()) {
                    session.executeWrite(tx -> {
                        tx.run("MATCH (c:Concept {id: 'external-probe'}) DETACH DELETE c")
                                .consume();
                        return GraphRevision.bump(tx);
                    });
                }
            }
        }
    }
}
