package dev.dsgraph.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Points the Neo4j driver at the in-process DBMS when {@code kg.embedded.enabled} is true: resolves
 * {@code kg.embedded.bolt-port=0} (the default) to a free port once, and gives the driver the DBMS's credentials, a
 * random password drawn at each start unless {@code kg.embedded.password} sets one, so the driver and the DBMS agree
 * and no other client gets in without it.
 */
public class EmbeddedNeo4jConfigSourceFactory implements ConfigSourceFactory {

    /** Above application.properties, system properties and the environment: embedded mode owns the URI. */
    private static final int ORDINAL = 500;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue enabled = context.getValue("kg.embedded.enabled");
        if (enabled != null
                && enabled.getValue() != null
                && !Boolean.parseBoolean(enabled.getValue().trim())) {
            return List.of();
        }
        ConfigValue portValue = context.getValue("kg.embedded.bolt-port");
        int port = portValue == null || portValue.getValue() == null
                ? 0
                : Integer.parseInt(portValue.getValue().trim());
        if (port == 0) {
            port = freePort();
        }
        ConfigValue passwordValue = context.getValue("kg.embedded.password");
        String password = passwordValue == null
                        || passwordValue.getValue() == null
                        || passwordValue.getValue().isBlank()
                ? randomPassword()
                : passwordValue.getValue();
        return List.of(new PropertiesConfigSource(
                Map.of(
                        "quarkus.neo4j.uri",
                        "bolt://127.0.0.1:" + port,
                        "quarkus.neo4j.authentication.disabled",
                        "false",
                        "quarkus.neo4j.authentication.username",
                        EmbeddedNeo4j.USER,
                        "quarkus.neo4j.authentication.password",
                        password),
                "kg-embedded-neo4j",
                ORDINAL));
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded Neo4j", e);
        }
    }
}
