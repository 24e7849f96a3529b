package dev.dsgraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.client.ApiClient;
import dev.dsgraph.client.model.Change;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients generated from the committed spec with OpenAPI Generator (the pom generates them before the tests compile):
 * the Java native client, compiled with the tests, and the typescript-fetch client, compiled here with tsc (npm), each
 * call every operation the spec declares against the running service, succeed, and read the same typed answers.
 */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class GeneratedClientsTest {

    private static final String KEY = "test-key-1";
    private static final Path TYPESCRIPT_SOURCES = Path.of("src/test/typescript");
    private static final Path TYPESCRIPT = Path.of("target/ts-client");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What each operation answers on the seed graph, as both clients' calls sum it up ("P": the client's own id). */
    private static final Map<String, String> EXPECTED = new TreeMap<>(
            Map.ofEntries(
                    Map.entry("listConcepts", "58:true"),
                    Map.entry("getConcept", "Vector clock"),
                    Map.entry("searchConcepts", "vector-clock:null"),
                    Map.entry(
                            "listRelated",
                            "lamport-timestamp,logical-clock,causality,concurrent-events,conflict-detection"),
                    Map.entry("findPaths", "vector-clock>causality>partial-order"),
                    Map.entry(
                            "getLearningPath",
                            "partial-order,latency|causality,concurrent-events,distributed-system,total-order,system-clock,clock-drift,clock-skew,logical-clock,lamport-timestamp"),
                    Map.entry("listUnlocks", "9:true"),
                    Map.entry("getGraph", "vector-clock:5:6:5"),
                    Map.entry("getTopicTree", "distributed-systems"),
                    Map.entry("getTopic", "Hashing"),
                    Map.entry("listRelationTypes", "true:13"),
                    Map.entry("exportGraph", "true:true"),
                    Map.entry("listFlashcards", "definition,contrast"),
                    Map.entry("getQuiz", "describe/4,relation/4,prerequisite/4"),
                    Map.entry("getStudyPlan", "vector-clock:4:3"),
                    Map.entry("putConcept", "1:More."),
                    Map.entry("patchConcept", "2:[]:Patched by a generated client."),
                    Map.entry("putRelation", "used in:api"),
                    Map.entry("getRelation", "P>caching:A generated client wrote this."),
                    Map.entry("deleteRelation", "deleted"),
                    Map.entry("importGraph", "1:1"),
                    Map.entry("deleteConcept", "deleted"),
                    Map.entry(
                            "listChanges",
                            "created concept P,updated concept P,created relation P|USED_IN|caching,deleted relation P|USED_IN|caching,created concept P-imported,created relation P-imported|USED_IN|caching,deleted concept P-imported,deleted relation P-imported|USED_IN|caching,deleted concept P")));

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldCallEveryOperationThroughTheJavaClient() throws Exception {
        Operations operations = new Operations();
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + KEY));
        client.setResponseInterceptor(response ->
                operations.record(response.request().method(), response.uri().getPath(), response.statusCode()));

        Map<String, String> facts = new JavaClientCalls(client, "test-client-java").run();

        assertThat(new TreeMap<>(facts)).isEqualTo(EXPECTED);
        operations.assertEverySucceeded();
    }

    @Test
    void shouldCallEveryOperationThroughTheTypeScriptClient() throws Exception {
        for (String file : List.of("package.json", "package-lock.json", "tsconfig.json", "calls.ts")) {
            Files.copy(TYPESCRIPT_SOURCES.resolve(file), TYPESCRIPT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(TYPESCRIPT.resolve("node_modules/typescript/package.json"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        }
        run(List.of("node", "node_modules/typescript/bin/tsc", "-p", "."), 300);
        List<String> output = run(List.of("node", "dist/calls.js", base.toString(), KEY, "test-client-ts"), 120);

        Operations operations = new Operations();
        Map<String, String> facts = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (String line : output) {
            JsonNode json = JSON.readTree(line);
            if (json.has("traffic")) {
                String[] exchange = json.get("traffic").asText().split(" ");
                operations.record(exchange[0], exchange[1], Integer.parseInt(exchange[2]));
            } else if (json.has("fact")) {
                facts.put(
                        json.get("fact").get(0).asText(),
                        json.get("fact").get(1).asText());
            } else {
                errors.add(line);
            }
        }
        assertThat(errors).isEmpty();
        assertThat(facts).isEqualTo(EXPECTED);
        operations.assertEverySucceeded();
    }

    @Test
    void shouldReadAnswersWithFieldsAndEnumValuesALaterVersionMayAdd() throws Exception {
        Change change = ApiClient.createDefaultObjectMapper()
                .readValue(
                        "{\"seq\":1,\"revision\":5000000000,\"op\":\"merged\",\"entity\":\"topic\","
                                + "\"id\":\"hashing\",\"actor\":{\"key\":\"k1\"}}",
                        Change.class);

        assertThat(change.getOp()).isEqualTo("merged");
        assertThat(change.getEntity()).isEqualTo("topic");
        assertThat(change.getRevision()).isEqualTo(5_000_000_000L);
        assertThat(change.getAdditionalProperties()).containsKey("actor");
    }

    /** Runs a command in target/ts-client; its output lines, or a failure with them. */
    private static List<String> run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = TYPESCRIPT.resolve("command.log");
        Process process = new ProcessBuilder(command)
                .directory(TYPESCRIPT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended && process.exitValue() == 0)
                .as("%s failed:%n%s", String.join(" ", command), text)
                .isTrue();
        return text.lines().filter(l -> l.startsWith("{")).toList();
    }

    @AfterEach
    void cleanUp() {
        try (var driver = GraphDatabase.driver(Neo4jTestResource.boltUri(), AuthTokens.none())) {
            driver.executableQuery("MATCH (c:Concept) WHERE c.id STARTS WITH 'test-client-' DETACH DELETE c")
                    .execute();
            driver.executableQuery("MATCH (t:Tombstone) WHERE t.key CONTAINS 'test-client-' DELETE t")
                    .execute();
            driver.executableQuery("MATCH (m:Meta {id: 'graph'}) SET m.revision = m.revision + 1")
                    .execute();
        }
    }

    /** The operations of the committed spec, and which of them a client got a 2xx answer from. */
    static final class Operations {
        private final Map<Pattern, String> byRequest = new LinkedHashMap<>();
        private final Set<String> succeeded = new TreeSet<>();
        private final List<String> unknown = new ArrayList<>();

        Operations() throws IOException {
            JsonNode spec = OpenApiContractTest.YAML.readTree(Files.readString(OpenApiContractTest.COMMITTED));
            spec.get("paths")
                    .fields()
                    .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                        if (op.getValue().has("operationId")) {
                            String regex = op.getKey().toUpperCase() + " "
                                    + path.getKey().replaceAll("\\{[^}]+}", "[^/]+");
                            byRequest.put(
                                    Pattern.compile(regex),
                                    op.getValue().get("operationId").asText());
                        }
                    }));
        }

        synchronized void record(String method, String path, int status) {
            String request = method + " " + path;
            String operation = byRequest.entrySet().stream()
                    .filter(e -> e.getKey().matcher(request).matches())
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (operation == null) {
                unknown.add(request);
            } else if (status / 100 == 2) {
                succeeded.add(operation);
            }
        }

        void assertEverySucceeded() {
            assertThat(unknown).as("requests to no operation of the spec").isEmpty();
            assertThat(succeeded)
                    .as("operations of the spec that answered the client with a 2xx")
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(byRequest.values()));
        }
    }
}
