package dev.dsgraph.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every {@code kg.*} setting of the service, with its default. */
@ConfigMapping(prefix = "kg")
public interface KgConfig {

    /** The in-process Neo4j DBMS. */
    Embedded embedded();

    /** Loading the graph seed. */
    Seed seed();

    /** Query limits and timeouts. */
    Query query();

    /** HTTP caching of read responses. */
    Cache cache();

    /** Authentication of writes. */
    Auth auth();

    /** Per-client rate limits of the API. */
    RateLimit rateLimit();

    /** Settings of the in-process Neo4j. */
    interface Embedded {
        /** Start an in-process Neo4j and point the driver at it; false uses {@code quarkus.neo4j.uri}. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Directory of the embedded store (relative to the working directory); by default
         * {@code $XDG_DATA_HOME/dsgraph/neo4j}, that is {@code ~/.local/share/dsgraph/neo4j}.
         */
        Optional<String> dataDir();

        /** Bolt port on 127.0.0.1; 0 (the default) picks a free port at each start. */
        @WithDefault("0")
        int boltPort();

        /**
         * Password of user neo4j on the embedded Bolt port, for an operator who wants to look inside with their own
         * tools (with a fixed {@code bolt-port}); by default a random password drawn at each start, known only to
         * the service.
         */
        Optional<String> password();

        /** Page cache size of the embedded DBMS (Neo4j memory syntax). */
        @WithDefault("128m")
        String pageCache();
    }

    /** Settings of the seed loader. */
    interface Seed {
        /** Load the seed at startup. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Directory holding a graph seed (relation-types.yaml, topics.yaml, concepts/), relative to the working
         * directory; by default the seed inside the jar (the project's graph-seed/ at build time).
         */
        Optional<String> dir();

        /** Transaction timeout of loading the seed (one transaction for the whole seed). */
        @WithDefault("5m")
        Duration timeout();
    }

    /** Settings of Cypher queries and writes. */
    interface Query {
        /** Transaction timeout of each Cypher query. */
        @WithDefault("5s")
        Duration timeout();

        /** Transaction timeout of one write through the API (a concept, a relation, an import of up to 5 MB). */
        @WithDefault("2m")
        Duration writeTimeout();
    }

    /** Settings of the graph read cache. */
    interface Cache {
        /** How long a replica trusts the graph revision it last read from Neo4j before asking again. */
        @WithDefault("200ms")
        Duration revisionCheckInterval();

        /**
         * Memory budget of the graph cache: most concepts whose record and adjacency list are kept in memory. With a
         * graph larger than this the least recently used are dropped and loaded again in batches when needed: the
         * answers are the same, only slower. Every concept's name, summary, aliases, tags and topics and the search
         * index stay resident whatever the budget.
         */
        @WithDefault("250000")
        int maxConcepts();

        /** Longest wait for Neo4j when the cache must load something; past it the request gets 503 with Retry-After. */
        @WithDefault("1500ms")
        Duration loadTimeout();

        /** Transaction timeout of loading the whole graph into the cache (at start, after a seed load or import). */
        @WithDefault("5m")
        Duration fullLoadTimeout();

        /** More changes than this since a replica's revision and it reloads the graph wholesale instead. */
        @WithDefault("5000")
        int maxChanges();

        /**
         * Most reads computed at the same time (0: twice the processors). Reads are CPU-bound once the cache holds the
         * graph; more of them at once than there are cores only interleave, and each one's working set (search
         * scores, route tables) pushes the others' out of the processor caches. The rest wait their turn.
         */
        @WithDefault("0")
        int concurrentReads();

        /**
         * Keep a snapshot file of the graph after each full fill and fill from it at the next start when Neo4j still
         * holds that revision (the same revision and stamp): a restart then reads one file instead of planning and
         * running the fill's Cypher on a cold JVM. Written only for a graph that fits the budget.
         */
        @WithDefault("true")
        boolean snapshot();

        /**
         * Where the snapshot file goes; by default {@code graph-cache.snapshot} in the embedded store's directory, and
         * none with an external Neo4j unless set.
         */
        Optional<String> snapshotFile();

        /** max-age of the Cache-Control header on reads, in seconds. */
        @WithDefault("0")
        int maxAge();
    }

    /** Settings of write authentication. */
    interface Auth {
        /** API keys allowed to write (comma-separated); none configured means writes are refused. */
        Optional<List<String>> apiKeys();
    }

    /**
     * Per-client rate limits (token buckets; a client is its API key when it sends a valid one, else its address). Each
     * replica limits on its own.
     */
    interface RateLimit {
        /** Limit requests per client at all; false turns every limit off (benchmarks). */
        @WithDefault("true")
        boolean enabled();

        /** Requests per minute a client may make to read endpoints (everything under /api but search and writes). */
        @WithDefault("6000")
        long reads();

        /** Requests per minute a client may make to {@code /api/v1/search}. */
        @WithDefault("1200")
        long search();

        /** Requests per minute a client may make to writes (PUT, PATCH, POST, DELETE). */
        @WithDefault("120")
        long writes();

        /** The window the numbers above are per; a client's bucket refills gradually over it. */
        @WithDefault("1m")
        Duration window();

        /** Most clients tracked at once per class of operation (least recently seen ones are forgotten). */
        @WithDefault("100000")
        int maxClients();
    }
}
