package dev.dsgraph.support;

import dev.dsgraph.embedded.EmbeddedNeo4j;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real Neo4j for the test suite: a Testcontainers Neo4j when a Docker engine answers (or {@code
 * -Dkg.test.neo4j=container}), otherwise an in-process Neo4j on a free port with a temporary store. The service under
 * test runs with {@code kg.embedded.enabled=false} against it, as it would against an external server.
 */
public class Neo4jTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String IMAGE = "neo4j:5.26.30-community";

    private static String boltUri;
    private Neo4jContainer container;
    private EmbeddedNeo4j embedded;
    private Path home;

    /** The Bolt URI of the suite's Neo4j, for tests that talk to it directly. */
    public static String boltUri() {
        return boltUri;
    }

    @Override
    public Map<String, String> start() {
        if (useContainer()) {
            container = new Neo4jContainer(IMAGE).withoutAuthentication();
            container.start();
            boltUri = container.getBoltUrl();
        } else {
            try {
                home = Files.createTempDirectory("kg-test-neo4j");
                embedded = EmbeddedNeo4j.start(home, freePort(), "64m");
                boltUri = embedded.boltUri();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "kg.embedded.enabled", "false",
                "quarkus.neo4j.uri", boltUri,
                "quarkus.neo4j.authentication.disabled", "true");
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (embedded != null) {
            embedded.close();
            deleteTree(home);
        }
    }

    /** True when a Docker engine answers here, or a container is asked for. */
    public static boolean dockerAvailable() {
        String mode = System.getProperty("kg.test.neo4j", "auto");
        if (mode.equals("embedded")) {
            return false;
        }
        if (mode.equals("container")) {
            return true;
        }
        boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
        if (!socket) {
            return false; // no engine to ask: skip Testcontainers' own, slower and noisier, probing
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean useContainer() {
        return dockerAvailable();
    }

    /** Deletes a directory and everything in it (a test's store): the suite leaves no store behind. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
