package dev.dsgraph.embedded;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service with its own embedded Neo4j, as it runs by default: no client gets into the Bolt port without the
 * password drawn at this start, no other port the service opens speaks Bolt to a stranger, and the seed's store is
 * small.
 */
@QuarkusTest
@TestProfile(EmbeddedSecurityTest.Embedded.class)
class EmbeddedSecurityTest {

    static final Path STORE;

    static {
        try {
            STORE = Files.createTempDirectory("kg-embedded-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(STORE)));
    }

    /** The defaults of a real start: embedded Neo4j on a free port with a random password; a store of its own. */
    public static class Embedded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kg.embedded.enabled",
                    "true",
                    "kg.embedded.data-dir",
                    STORE.resolve("neo4j").toString());
        }
    }

    @Test
    void shouldRefuseBoltClientsWithoutTheServicePassword() {
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200);
        var config = ConfigProvider.getConfig();
        String uri = config.getValue("quarkus.neo4j.uri", String.class);
        String password = config.getValue("quarkus.neo4j.authentication.password", String.class);
        assertThat(password).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo("password");

        for (AuthToken wrong :
                List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"), AuthTokens.basic("neo4j", "password"))) {
            try (var driver = GraphDatabase.driver(uri, wrong, quiet())) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password), quiet())) {
            driver.verifyConnectivity(); // the refusals above were about the credentials, on a real Bolt port
        }

        int http = config.getValue("quarkus.http.test-port", Integer.class);
        int bolt = URI.create(uri).getPort();
        Set<Integer> ports = listeningPorts();
        assertThat(ports).contains(bolt);
        for (int port : ports) {
            if (port == http) {
                continue;
            }
            try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(), quiet())) {
                assertThatThrownBy(driver::verifyConnectivity)
                        .as("port %d", port)
                        .isNotNull();
            }
        }
    }

    @Test
    void shouldKeepTheSeedStoreSmall() throws IOException {
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200);
        long bytes;
        try (Stream<Path> files = Files.walk(STORE)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        assertThat(bytes).as("bytes in the embedded store").isLessThan(100L * 1024 * 1024);
    }

    private static Config quiet() {
        return Config.builder()
                .withLogging(org.neo4j.driver.Logging.none())
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .build();
    }

    /** TCP ports this JVM listens on, from /proc (Linux). */
    private static Set<Integer> listeningPorts() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
            Set<Integer> ports = new HashSet<>();
            for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
                List<String> lines =
                        Files.exists(Path.of(table)) ? Files.readAllLines(Path.of(table)) : new ArrayList<>();
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                        ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                    }
                }
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // nothing left to delete
        }
    }
}
