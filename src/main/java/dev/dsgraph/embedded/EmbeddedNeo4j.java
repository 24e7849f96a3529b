package dev.dsgraph.embedded;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/** An in-process Neo4j Community DBMS that serves Bolt on 127.0.0.1 without authentication. */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /**
     * Starts a DBMS whose store lives in {@code homeDir} and whose Bolt connector listens on
     * 127.0.0.1:{@code boltPort}.
     */
    public static EmbeddedNeo4j start(Path homeDir, int boltPort, String pageCache) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(homeDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // without these the Bolt connector waits 5 s twice when it shuts down
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                // the machine has no route to Neo4j's usage-data endpoint, and a study service has no need to call home
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // the system and JVM diagnostics Neo4j writes to its debug.log at every start cost startup time
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                .build();
        return new EmbeddedNeo4j(dbms, boltPort);
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
