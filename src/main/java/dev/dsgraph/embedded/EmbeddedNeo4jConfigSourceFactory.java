package dev.dsgraph.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the Neo4j driver at the in-process DBMS when {@code kg.embedded.enabled} is true, resolving
 * {@code kg.embedded.bolt-port=0} to a free port once, so the driver and the DBMS agree on it.
 */
public class EmbeddedNeo4jConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties, system properties and the environment: embedded mode owns the URI. */
    private static final int ORDINAL = 500;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue enabled = context.getValue("kg.embedded.enabled");
        if (enabled != null && enabled.getValue() != null && !Boolean.parseBoolean(enabled.getValue().trim())) {
            return List.of();
        }
        ConfigValue portValue = context.getValue("kg.embedded.bolt-port");
        int port = portValue == null || portValue.getValue() == null ? 7687 : Integer.parseInt(portValue.getValue().trim());
        if (port == 0) {
            port = freePort();
        }
        return List.of(new PropertiesConfigSource(
                Map.of(
                        "quarkus.neo4j.uri", "bolt://127.0.0.1:" + port,
                        "quarkus.neo4j.authentication.disabled", "true"),
                "kg-embedded-neo4j",
                ORDINAL));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded Neo4j", e);
        }
    }
}
