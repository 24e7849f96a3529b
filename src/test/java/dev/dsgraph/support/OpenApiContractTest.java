package dev.dsgraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The committed spec in openapi/ is the contract: it must equal the served one, and document every operation fully. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("openapi/openapi.yaml");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedSpecEqualsTheCommittedFile() throws Exception {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode servedTree = YAML.readTree(served);
        JsonNode committedTree = YAML.readTree(Files.readString(COMMITTED));
        assertThat(servedTree)
                .as(
                        "served /q/openapi differs from %s: copy target/openapi/openapi.yaml there after changing the API",
                        COMMITTED)
                .isEqualTo(committedTree);
    }

    @Test
    void everyOperationHasASummaryDescribedParametersExamplesAndErrorResponses() throws Exception {
        JsonNode spec = YAML.readTree(Files.readString(COMMITTED));
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : (Iterable<Map.Entry<String, JsonNode>>) spec.get("paths")::fields) {
            for (Map.Entry<String, JsonNode> op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!List.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (o.path("summary").asText().isBlank()) {
                    gaps.add(where + ": no summary");
                }
                if (o.path("description").asText().isBlank()) {
                    gaps.add(where + ": no description");
                }
                for (JsonNode p : o.path("parameters")) {
                    if (p.path("description").asText().isBlank()) {
                        gaps.add(where + ": parameter " + p.path("name").asText() + " has no description");
                    }
                }
                boolean hasError = false;
                boolean hasExample = false;
                for (Map.Entry<String, JsonNode> response :
                        (Iterable<Map.Entry<String, JsonNode>>) o.path("responses")::fields) {
                    hasError |= response.getKey().startsWith("4");
                    hasExample |= response.getValue().findValue("examples") != null
                            || response.getValue().findValue("example") != null;
                }
                if (!hasError) {
                    gaps.add(where + ": no error response");
                }
                if (!hasExample) {
                    gaps.add(where + ": no example response");
                }
            }
        }
        assertThat(gaps).isEmpty();
    }
}
