package dev.dsgraph.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every concept's related concepts, learning path, unlocks, neighbourhood and record, the topics and a few hundred
 * paths, compared with {@code golden/answers.json.gz}: answers recorded from the Cypher read path before the graph
 * read cache replaced it (and re-recorded, with {@code -Dkg.golden.record=true}, only when the seed or a rule changes
 * on purpose). The graph cache must give the same answers.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class GoldenAnswersTest {

    static final String GOLDEN = "src/test/resources/golden/answers.json.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldGiveTheRecordedAnswers() throws IOException {
        ArrayNode golden;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(GOLDEN)))) {
            golden = (ArrayNode) JSON.readTree(in);
        }
        assertThat(golden.size()).isGreaterThan(1000);
        boolean record = Boolean.getBoolean("kg.golden.record");
        List<String> differences = new ArrayList<>();
        ArrayNode recorded = JSON.createArrayNode();
        ArrayNode actual = JSON.createArrayNode();
        for (JsonNode entry : golden) {
            String url = entry.get("url").asText();
            Response response = given().urlEncodingEnabled(false).get(url);
            JsonNode body = JSON.readTree(response.asByteArray());
            if (body instanceof ObjectNode problem && response.statusCode() >= 400) {
                problem.remove("instance"); // the request path, recorded without it
            }
            if (record) {
                ObjectNode e = recorded.addObject();
                e.put("url", url);
                e.put("status", response.statusCode());
                e.set("body", body);
            } else if (response.statusCode() != entry.get("status").asInt() || !body.equals(entry.get("body"))) {
                differences.add(
                        url + "\n  expected " + abbreviate(entry.get("body")) + "\n  actual   " + abbreviate(body));
                ObjectNode e = actual.addObject();
                e.put("url", url);
                e.set("expected", entry.get("body"));
                e.set("actual", body);
            }
        }
        if (record) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(GOLDEN)))) {
                JSON.writeValue(out, recorded);
            }
        }
        Files.createDirectories(Path.of("target"));
        JSON.writeValue(
                Path.of("target", getClass().getSimpleName() + "-differences.json")
                        .toFile(),
                actual);
        assertThat(differences)
                .as("answers that differ from %s (%d of %d)", GOLDEN, differences.size(), golden.size())
                .isEmpty();
    }

    private static String abbreviate(JsonNode body) {
        String text = body.toString();
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
