import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The training run behind the class-data-sharing archive: starts the packaged service once on a fresh store (so it
 * creates the schema and loads the seed), waits until it is ready, sends it a few typical requests, stops it, and lets
 * the JVM write every class it loaded to {@code target/quarkus-app/app-cds.jsa} ({@code -XX:ArchiveClassesAtExit}).
 * A later {@code java -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa -jar target/quarkus-app/quarkus-run.jar}
 * maps those classes instead of reading, verifying and parsing them again, which is most of the embedded Neo4j's
 * start time.
 *
 * <p>Run by Maven in the {@code package} phase from the project directory (see the pom); skip with
 * {@code -Dcds.skip=true}. A service that does not start fails the build; a JVM that writes no archive only warns,
 * since the service runs without one, only slower.
 *
 * <pre>java src/build/java/CdsTraining.java [project directory]</pre>
 */
public class CdsTraining {

    static final List<String> REQUESTS = List.of(
            "/q/health/ready",
            "/api/v1/concepts?size=5",
            "/api/v1/concepts/vector-clock",
            "/api/v1/search?q=vectr%20clock",
            "/api/v1/concepts/vector-clock/related",
            "/api/v1/paths?from=vector-clock&to=partial-order",
            "/api/v1/concepts/vector-clock/learning-path",
            "/api/v1/concepts/vector-clock/graph?depth=1",
            "/api/v1/concepts/no-such-concept",
            "/api/v1/topics",
            "/q/openapi");

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path app = project.resolve("target").resolve("quarkus-app");
        Path archive = app.resolve("app-cds.jsa");
        Path work = project.resolve("target").resolve("cds-training");
        deleteTree(work);
        Files.createDirectories(work);
        Files.deleteIfExists(project.resolve(archive));

        int httpPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive,
                "-XX:+UseSerialGC",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Dkg.embedded.data-dir=" + work.resolve("neo4j"),
                "-Dkg.embedded.bolt-port=0",
                "-Dquarkus.http.port=" + httpPort,
                // the absolute jar path, as bin/dsgraph passes it: the archive records it, and serves only the same path
                "-jar", app.resolve("quarkus-run.jar").toString()));
        Path log = work.resolve("service.log");
        long started = System.nanoTime();
        Process service = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + httpPort;
            waitUntilReady(http, base, service, log);
            long ready = System.nanoTime();
            for (String path : REQUESTS) {
                http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            System.out.printf("[cds] service ready after %.1f s; %d requests sent; stopping it to write %s%n",
                    (ready - started) / 1e9, REQUESTS.size(), archive);
        } catch (Exception e) {
            service.destroyForcibly();
            throw e;
        }
        service.destroy(); // SIGTERM: Quarkus shuts down, then the JVM writes the archive
        if (!service.waitFor(120, TimeUnit.SECONDS)) {
            service.destroyForcibly();
            fail("the service did not stop within 120 s", log);
        }
        if (Files.isRegularFile(project.resolve(archive))) {
            System.out.printf("[cds] wrote %s (%d MB) in %.1f s%n", archive,
                    Files.size(project.resolve(archive)) / (1024 * 1024), (System.nanoTime() - started) / 1e9);
            deleteTree(work);
        } else {
            System.out.println("[cds] WARNING: this JVM wrote no archive; the service runs without one, only slower."
                    + " Log: " + log);
        }
    }

    static void waitUntilReady(HttpClient http, String base, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                fail("the service exited during startup (exit code " + service.exitValue() + ")", log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("the service was not ready within 300 s", log);
    }

    static void fail(String why, Path log) throws IOException {
        System.out.println("[cds] " + why + "; the end of its log (" + log + "):");
        if (Files.exists(log)) {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> System.out.println("  " + l));
        }
        System.exit(1);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
