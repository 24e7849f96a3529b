package dev.dsgraph.embedded;

import dev.dsgraph.support.Neo4jTestResource;
import dev.dsgraph.support.SeedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service in its default mode (embedded Neo4j, store on disk): data written through the API and by another
 * Bolt client, then the service stopped and started again on the same data dir, is still there; the store lock is
 * released in between; and re-seeding a changed seed leaves what the API wrote alone.
 */
class RestartPersistenceIT {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path tmp;

    @Test
    void shouldKeepDataAcrossARestartOnTheSameDataDir() throws Exception {
        Path dataDir = tmp.resolve("neo4j");
        Path seed = SeedFiles.copySeed(tmp.resolve("seed"));
        int httpPort = Neo4jTestResource.freePort();
        int boltPort = Neo4jTestResource.freePort();

        Process first = start(dataDir, httpPort, boltPort, tmp.resolve("first.log"));
        try {
            awaitReady(httpPort, first);
            if (Files.isRegularFile(archive())) {
                // the run command's archive is usable by this JVM and holds the service's own classes and Neo4j's
                String classes = Files.readString(tmp.resolve("first.log.classes"));
                assertThat(classes)
                        .containsPattern("dev\\.dsgraph\\.embedded\\.EmbeddedNeo4j source: shared objects file")
                        .containsPattern("org\\.neo4j\\.kernel\\.database\\.Database source: shared objects file");
            }
            try (var driver =
                    GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", PASSWORD))) {
                // an operator's own Neo4j client, given kg.embedded.password, can use the Bolt port while the service
                // runs
                driver.executableQuery("""
                        CREATE (:Concept {id: 'persistence-probe', name: 'Persistence probe', nameLower: 'persistence probe',
                                          aliases: [], aliasesLower: [], aliasText: '', summary: 'Survives restarts.',
                                          details: '', tags: [], examples: [], figures: '[]', origin: 'api', version: 1})
                        WITH 1 AS x
                        MATCH (m:Meta {id: 'graph'}) SET m.revision = m.revision + 1
                        """).execute();
            }
            assertThat(awaitStatus(httpPort, "/api/v1/concepts/persistence-probe", 200))
                    .contains("Survives restarts.");

            assertThat(send(
                                    httpPort,
                                    "PUT",
                                    "/api/v1/concepts/api-written",
                                    "application/json",
                                    "{\"name\":\"API written\",\"summary\":\"Written through the API.\",\"topics\":[\"hashing\"]}")
                            .statusCode())
                    .isEqualTo(201);
            assertThat(send(
                                    httpPort,
                                    "PATCH",
                                    "/api/v1/concepts/causality",
                                    "application/merge-patch+json",
                                    "{\"summary\":\"Edited by a teacher.\"}")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(httpPort, "DELETE", "/api/v1/concepts/geohashing", null, null)
                            .statusCode())
                    .isEqualTo(204);
        } finally {
            stop(first);
        }

        // the seed changes while the service is down: its next start reloads it
        SeedFiles.replaceIn(seed, "The happened-before relation that", "CHANGED happened-before relation that");
        SeedFiles.replaceIn(seed, "Encoding a latitude/longitude pair", "CHANGED latitude/longitude pair");
        SeedFiles.replaceIn(
                seed, "A way of distributing keys across nodes", "CHANGED way of distributing keys across nodes");

        Process second = start(dataDir, httpPort, boltPort, tmp.resolve("second.log"));
        try {
            awaitReady(httpPort, second);
            assertThat(get(httpPort, "/api/v1/concepts/persistence-probe").body())
                    .contains("Survives restarts.");
            assertThat(get(httpPort, "/api/v1/concepts/vector-clock").statusCode())
                    .isEqualTo(200);
            assertThat(get(httpPort, "/api/v1/concepts/api-written").body()).contains("Written through the API.");
            assertThat(get(httpPort, "/api/v1/concepts/causality").body())
                    .contains("Edited by a teacher.")
                    .doesNotContain("CHANGED");
            assertThat(get(httpPort, "/api/v1/concepts/geohashing").statusCode())
                    .isEqualTo(404);
            assertThat(get(httpPort, "/api/v1/concepts/consistent-hashing").body())
                    .contains("CHANGED way of distributing");
            assertThat(Files.readString(tmp.resolve("second.log")))
                    .contains("Seed")
                    .contains("loaded")
                    .doesNotContain("from its snapshot file"); // the graph changed since the snapshot was written
        } finally {
            stop(second);
        }

        // nothing changed since: the next start fills the cache from its snapshot file, with the same answers; a
        // damaged file is passed over for Neo4j
        List<String> probes = List.of(
                "/api/v1/concepts/persistence-probe",
                "/api/v1/concepts/causality",
                "/api/v1/concepts/vector-clock/related?limit=20",
                "/api/v1/concepts/consistent-hashing/learning-path",
                "/api/v1/concepts/vector-clock/graph?depth=2",
                "/api/v1/search?q=vectorclock",
                "/api/v1/topics");
        Map<String, String> before = new LinkedHashMap<>();
        Process third = start(dataDir, httpPort, boltPort, tmp.resolve("third.log"));
        try {
            awaitReady(httpPort, third);
            for (String probe : probes) {
                before.put(probe, get(httpPort, probe).body());
            }
            assertThat(Files.readString(tmp.resolve("third.log"))).contains("from its snapshot file");
        } finally {
            stop(third);
        }
        Path snapshot = dataDir.resolve("graph-cache.snapshot");
        byte[] bytes = Files.readAllBytes(snapshot);
        Files.write(snapshot, Arrays.copyOf(bytes, bytes.length / 2)); // cut in the middle, as by a full disk
        Process fourth = start(dataDir, httpPort, boltPort, tmp.resolve("fourth.log"));
        try {
            awaitReady(httpPort, fourth);
            for (String probe : probes) {
                assertThat(get(httpPort, probe).body()).as(probe).isEqualTo(before.get(probe));
            }
            assertThat(Files.readString(tmp.resolve("fourth.log")))
                    .contains("unreadable, filling from Neo4j")
                    .doesNotContain("from its snapshot file:");
        } finally {
            stop(fourth);
        }
    }

    static HttpResponse<String> send(int port, String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer it-key")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRunFromAnyDirectoryWithTheBundledSeedAndTheArchive() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path xdg = tmp.resolve("xdg");
        int httpPort = Neo4jTestResource.freePort();
        Path log = tmp.resolve("elsewhere.log");
        Process service = process(
                elsewhere, Map.of("XDG_DATA_HOME", xdg.toString()), log, List.of("-Dquarkus.http.port=" + httpPort));
        try {
            awaitReady(httpPort, service);
            assertThat(get(httpPort, "/api/v1/concepts/vector-clock").statusCode())
                    .isEqualTo(200);
            assertThat(get(httpPort, "/api/v1/concepts?size=1").body()).contains("\"total\":");
            assertThat(Files.readString(log)).contains("(bundled in the jar)");
            assertThat(xdg.resolve("dsgraph").resolve("neo4j")).isDirectory(); // the documented default store
            try (var files = Files.list(elsewhere)) {
                assertThat(files.toList())
                        .as("files the service left in its working directory")
                        .isEmpty();
            }
            if (Files.isRegularFile(archive())) {
                assertThat(Files.readString(Path.of(log + ".classes")))
                        .containsPattern("dev\\.dsgraph\\.embedded\\.EmbeddedNeo4j source: shared objects file");
            }

            // the same HTTP port again: one line naming the setting, no stack trace
            Process second = process(
                    elsewhere,
                    Map.of("XDG_DATA_HOME", xdg.toString()),
                    tmp.resolve("busy.log"),
                    List.of("-Dquarkus.http.port=" + httpPort));
            assertThat(second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(Files.readAllLines(tmp.resolve("busy.log")))
                    .filteredOn(l -> !l.isBlank())
                    .hasSize(1)
                    .first()
                    .asString()
                    .contains("port " + httpPort)
                    .contains("quarkus.http.port");
        } finally {
            stop(service);
        }
        // a -D after -jar is refused, not ignored
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar(),
                "-Dquarkus.http.port=1"));
        Process misplaced = new ProcessBuilder(cmd)
                .directory(elsewhere.toFile())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("misplaced.log").toFile())
                .start();
        assertThat(misplaced.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(misplaced.exitValue()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("misplaced.log")))
                .contains("-Dquarkus.http.port=1")
                .contains("before -jar");
    }

    static final String PASSWORD = "it-password-123";

    /** The packaged jar, by its absolute path (the class-data-sharing archive records it so). */
    static String jar() {
        return Path.of(System.getProperty("kg.test.jar", "target/quarkus-app/quarkus-run.jar"))
                .toAbsolutePath()
                .toString();
    }

    /** The class-data-sharing archive the build's training run wrote next to the jar (absent with -Dcds.skip=true). */
    static Path archive() {
        return Path.of(jar()).resolveSibling("app-cds.jsa");
    }

    /** Starts the packaged service as bin/dsgraph does, logging where each class came from. */
    static Process start(Path dataDir, int httpPort, int boltPort, Path log) throws IOException {
        return process(
                dataDir.getParent(),
                Map.of(),
                log,
                List.of(
                        "-Dquarkus.http.port=" + httpPort, "-Dkg.embedded.data-dir=" + dataDir,
                        "-Dkg.embedded.bolt-port=" + boltPort, "-Dkg.embedded.password=" + PASSWORD,
                        "-Dkg.seed.dir=" + dataDir.getParent().resolve("seed"), "-Dkg.auth.api-keys=it-key"));
    }

    static Process process(Path workingDir, Map<String, String> env, Path log, List<String> options)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xlog:class+load=info:file=" + log + ".classes"));
        if (Files.isRegularFile(archive())) {
            cmd.add("-XX:SharedArchiveFile=" + archive());
        }
        cmd.addAll(List.of(
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"));
        cmd.addAll(options);
        cmd.addAll(List.of("-jar", jar()));
        ProcessBuilder builder = new ProcessBuilder(cmd)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: Quarkus shuts down gracefully and stops the embedded DBMS
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static void awaitReady(int port, Process process) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive()).as("service exited early").isTrue();
            try {
                if (get(port, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service not ready within 90 s");
    }

    static String awaitStatus(int port, String path, int status) throws Exception {
        long deadline = System.currentTimeMillis() + 5_000;
        HttpResponse<String> response;
        do {
            response = get(port, path);
        } while (response.statusCode() != status && System.currentTimeMillis() < deadline);
        assertThat(response.statusCode()).isEqualTo(status);
        return response.body();
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
