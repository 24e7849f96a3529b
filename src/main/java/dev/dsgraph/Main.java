package dev.dsgraph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Entry point of the packaged service: refuses arguments it would otherwise ignore (a {@code -D} option placed after
 * {@code -jar} is a program argument, not a JVM option) and a fixed port that is already taken, each with one line
 * naming what to change, then starts Quarkus.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    public static void main(String... args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println("Usage: java [JVM options such as -Dquarkus.http.port=9090] -jar quarkus-run.jar,"
                        + " or bin/dsgraph [JVM options]. Settings: README.md, Configuration.");
                System.exit(0);
            }
            if (arg.startsWith("-D") || arg.startsWith("-X")) {
                fail(
                        2,
                        "'" + arg + "' comes after -jar, so Java hands it to the service as an argument and ignores it;"
                                + " put JVM options before -jar (java " + arg + " -jar ...) or use bin/dsgraph " + arg);
            }
            fail(
                    2,
                    "unknown argument '" + arg + "': the service takes no arguments, only JVM options before -jar"
                            + " (see --help)");
        }
        int http = setting("quarkus.http.port", 8080);
        String host = System.getProperty("quarkus.http.host", env("quarkus.http.host", "0.0.0.0"));
        if (http > 0 && !free(host, http)) {
            fail(
                    1,
                    "port " + http + " on " + host + " is already in use (is the service already running?); start with"
                            + " -Dquarkus.http.port=<another port> (or QUARKUS_HTTP_PORT)");
        }
        boolean embedded = !"false"
                .equalsIgnoreCase(System.getProperty("kg.embedded.enabled", env("kg.embedded.enabled", "true"))
                        .trim());
        int bolt = setting("kg.embedded.bolt-port", 0);
        if (embedded && bolt > 0 && !free("127.0.0.1", bolt)) {
            fail(
                    1,
                    "Bolt port " + bolt + " of the embedded Neo4j is already in use (a local Neo4j?); start with"
                            + " -Dkg.embedded.bolt-port=0 (a free port) or another port (or KG_EMBEDDED_BOLT_PORT)");
        }
        Quarkus.run(args);
    }

    private static void fail(int status, String message) {
        System.err.println("dsgraph: " + message);
        System.exit(status);
    }

    /** A system property, else its environment variable (QUARKUS_HTTP_PORT for quarkus.http.port), else the default. */
    private static int setting(String name, int defaultValue) {
        String value = System.getProperty(name, env(name, null));
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            fail(2, name + " must be a port number, got '" + value + "'");
            return defaultValue;
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        return value == null ? defaultValue : value;
    }

    private static boolean free(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
