package dev.dsgraph.embedded;

import dev.dsgraph.support.KgConfig;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * An in-process Neo4j Community DBMS that serves Bolt on 127.0.0.1, with authentication (the service's own) or, for
 * tests standing in for an external server, without. Its transaction logs are not preallocated and rotate at 4 MiB
 * keeping one file, so a small graph takes a small store.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /** User name of the service's embedded DBMS. */
    public static final String USER = "neo4j";

    /** A DBMS without authentication, for tests that stand in for an external server. */
    /**
     * The embedded store's directory: {@code kg.embedded.data-dir}, by default {@code $XDG_DATA_HOME/dsgraph/neo4j},
     * that is {@code ~/.local/share/dsgraph/neo4j}.
     */
    public static Path home(KgConfig config) {
        return config.embedded().dataDir().map(Path::of).orElseGet(() -> {
            String xdg = System.getenv("XDG_DATA_HOME");
            Path base = xdg == null || xdg.isBlank()
                    ? Path.of(System.getProperty("user.home"), ".local", "share")
                    : Path.of(xdg);
            return base.resolve("dsgraph").resolve("neo4j");
        });
    }

    public static EmbeddedNeo4j start(Path homeDir, int boltPort, String pageCache) {
        return start(homeDir, boltPort, pageCache, null);
    }

    /**
     * Starts a DBMS whose store lives in {@code homeDir} and whose Bolt connector listens on
     * 127.0.0.1:{@code boltPort}; with a {@code password}, Bolt clients must log in as {@link #USER} with it (it is set
     * anew at every start), otherwise no authentication.
     */
    public static EmbeddedNeo4j start(Path homeDir, int boltPort, String pageCache, String password) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(homeDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(4))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // without these the Bolt connector waits 5 s twice when it shuts down
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                // the machine has no route to Neo4j's usage-data endpoint, and a study service has no need to call home
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // the system and JVM diagnostics Neo4j writes to its debug.log at every start cost startup time
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                .build();
        if (password != null) {
            try {
                setPassword(dbms, password);
            } catch (RuntimeException e) {
                dbms.shutdown();
                throw e;
            }
        }
        return new EmbeddedNeo4j(dbms, boltPort);
    }

    /**
     * Sets the password Bolt clients must log in with (in-process access needs none). Written straight into the system
     * graph's user record, in Neo4j's own credential format: {@code ALTER USER} does the same but is the first Cypher
     * the JVM runs and costs seconds of start time. Falls back to {@code ALTER USER} when the record is not where this
     * Neo4j version keeps it.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            if (user != null && user.hasProperty("credentials")) {
                user.setProperty(
                        "credentials",
                        SystemGraphCredential.createCredentialForPassword(
                                        password.getBytes(StandardCharsets.UTF_8), new SecureHasher())
                                .serialize());
                user.setProperty("passwordChangeRequired", false);
                tx.commit();
                return;
            }
        }
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** The Bolt URI clients use to reach this DBMS. */
    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** Stops the DBMS and releases the store lock. */
    @Override
    public void close() {
        dbms.shutdown();
    }
}
