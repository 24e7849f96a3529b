import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Writes a deterministic synthetic graph of concepts and typed relations into a running Neo4j over Bolt, for the
 * scale benchmark (bench/run.sh --scale). Single-file program for the JDK source launcher:
 *
 * <pre>
 * java -cp 'target/quarkus-app/lib/main/*' bench/SyntheticGraph.java \
 *      --uri bolt://127.0.0.1:7687 --concepts 100000 --relations 500000 --seed 42
 * </pre>
 *
 * Options: --uri (bolt://127.0.0.1:7687), --user/--password (default: no authentication), --database (server
 * default), --concepts (100000), --relations (500000), --seed (42), --batch (10000 rows per transaction),
 * --max-degree (2000), --alpha (0.8, Zipf exponent of the endpoint popularity), --topics (50), --prefix (syn),
 * --wipe (delete an earlier synthetic graph with the same prefix first), --no-bump (leave the graph revision alone),
 * --print-vocabulary (print the words summaries are made of, one per line, and exit).
 *
 * Concepts get ids {@code syn-000001}..; names "Synthetic concept N"; the same properties the seed loader writes
 * (nameLower, aliases, aliasesLower, aliasText, summary, details, tags, examples, figures, origin 'seed', version 1);
 * {@code IN_TOPIC} to one of {@code --topics} synthetic topics. Relations use the service's vocabulary with a
 * Zipf-skewed choice of endpoints (a few hubs, a long tail), every concept's degree capped at --max-degree, no self
 * loops and at most one relation between any two concepts. PREREQUISITE_OF, IS_A, PART_OF and EXAMPLE_OF always point
 * from the lower to the higher index, so they stay acyclic. At the end the (:Meta {id:'graph'}) revision is bumped so
 * the service drops its caches, and the program waits for the indexes (full-text included) to catch up.
 */
public final class SyntheticGraph {

    /** Relation types with the share of relations each gets; the acyclic ones are oriented low to high index. */
    static final String[] TYPES = {"PREREQUISITE_OF", "IS_A", "PART_OF", "IMPLEMENTS", "ACHIEVES", "ENABLES",
            "MITIGATES", "CAUSES", "USED_IN", "EXAMPLE_OF", "CONTRASTS_WITH", "TRADES_OFF_WITH", "RELATED_TO"};
    static final double[] TYPE_SHARE = {0.20, 0.08, 0.08, 0.07, 0.05, 0.07, 0.05, 0.05, 0.08, 0.05, 0.04, 0.04, 0.14};
    static final Set<String> ACYCLIC = Set.of("PREREQUISITE_OF", "IS_A", "PART_OF", "EXAMPLE_OF");

    static final String[] VOCABULARY = ("replica leader follower quorum consensus raft paxos gossip heartbeat lease "
            + "clock timestamp ordering causality snapshot checkpoint log journal segment compaction shard partition "
            + "hash ring token range key value index btree lsm bloom filter cache eviction ttl invalidation "
            + "latency throughput bandwidth tail percentile timeout retry backoff jitter deadline budget "
            + "queue stream topic offset consumer producer broker acknowledgement delivery duplicate idempotent "
            + "transaction commit abort rollback isolation serializable linearizable eventual consistency "
            + "conflict merge vector version lamport hybrid watermark window aggregate join "
            + "failure crash omission byzantine partitioned split brain fencing epoch generation term "
            + "membership discovery registry balancer proxy gateway circuit breaker bulkhead throttle "
            + "admission shedding backpressure rate limiter bucket scheduler worker pool thread actor "
            + "message packet frame protocol handshake session socket network datacenter region zone "
            + "storage disk page buffer flush fsync durability availability redundancy erasure coding "
            + "replication migration rebalancing resharding placement locality affinity routing tree "
            + "graph edge vertex neighbor traversal walk spanning broadcast multicast anycast epidemic "
            + "monitor metric trace span sampling alert observability probe health liveness readiness").split(" ");

    static final String[] TAGS = {"synthetic", "ordering", "time", "replication", "storage", "networking",
            "consistency", "fault-tolerance", "performance", "messaging", "hashing", "architecture"};

    private static final String WRITE_TOPICS = """
            UNWIND $rows AS row
            MERGE (t:Topic {id: row.id})
            SET t.name = row.name, t.description = row.description, t.order = row.order
            """;

    private static final String WRITE_CONCEPTS = """
            UNWIND $rows AS row
            MERGE (c:Concept {id: row.id})
            SET c.name = row.name, c.nameLower = row.nameLower, c.aliases = row.aliases,
                c.aliasesLower = row.aliasesLower, c.aliasText = row.aliasText, c.summary = row.summary,
                c.details = row.details, c.tags = row.tags, c.examples = row.examples, c.figures = row.figures,
                c.origin = 'seed', c.version = 1, c.updatedAt = datetime()
            WITH c, row
            MATCH (t:Topic {id: row.topic})
            MERGE (c)-[:IN_TOPIC]->(t)
            """;

    /** One fixed query text per relation type; the type comes from {@link #TYPES} only, never from input. */
    private static String writeRelations(String type) {
        if (!Arrays.asList(TYPES).contains(type)) {
            throw new IllegalArgumentException("not a vocabulary type: " + type);
        }
        return """
                UNWIND $rows AS row
                MATCH (a:Concept {id: row.from})
                MATCH (b:Concept {id: row.to})
                CREATE (a)-[r:%s]->(b)
                SET r.reason = 'synthetic', r.weight = row.weight, r.origin = 'seed'
                """.formatted(type);
    }

    private static final String COUNT_EXISTING = "MATCH (c:Concept) WHERE c.id STARTS WITH $prefix RETURN count(c) AS n";

    private static final String DELETE_SOME = """
            MATCH (c:Concept) WHERE c.id STARTS WITH $prefix
            WITH c LIMIT $limit
            DETACH DELETE c
            RETURN count(*) AS n
            """;

    private static final String BUMP = """
            MERGE (m:Meta {id: 'graph'})
            SET m.revision = coalesce(m.revision, 0) + 1
            RETURN m.revision AS revision
            """;

    @SuppressWarnings("deprecation") // Logging.none(): the driver's INFO lines are noise here
    public static void main(String[] argv) {
        Map<String, String> a = parse(argv);
        if (a.containsKey("print-vocabulary")) {
            for (String w : VOCABULARY) {
                System.out.println(w);
            }
            return;
        }
        String uri = a.getOrDefault("uri", "bolt://127.0.0.1:7687");
        int concepts = Integer.parseInt(a.getOrDefault("concepts", "100000"));
        int relations = Integer.parseInt(a.getOrDefault("relations", "500000"));
        long seed = Long.parseLong(a.getOrDefault("seed", "42"));
        int batch = Integer.parseInt(a.getOrDefault("batch", "10000"));
        int maxDegree = Integer.parseInt(a.getOrDefault("max-degree", "2000"));
        double alpha = Double.parseDouble(a.getOrDefault("alpha", "0.8"));
        int topics = Integer.parseInt(a.getOrDefault("topics", "50"));
        String prefix = a.getOrDefault("prefix", "syn");
        if (!prefix.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("--prefix must be lowercase letters and digits");
        }
        long maxPossible = (long) concepts * maxDegree / 2;
        if (relations > maxPossible || (long) relations > (long) concepts * (concepts - 1) / 4) {
            throw new IllegalArgumentException("too many relations for " + concepts + " concepts with max degree "
                    + maxDegree);
        }

        long t0 = System.nanoTime();
        List<Rel> rels = generateRelations(concepts, relations, seed, maxDegree, alpha);
        int[] degree = new int[concepts + 1];
        for (Rel r : rels) {
            degree[r.from]++;
            degree[r.to]++;
        }
        int maxSeen = 0;
        long isolated = 0;
        for (int i = 1; i <= concepts; i++) {
            maxSeen = Math.max(maxSeen, degree[i]);
            isolated += degree[i] == 0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "generated %,d relations in %.1f s (max degree %d, %,d concepts without"
                + " relations)%n", rels.size(), secs(t0), maxSeen, isolated);

        var auth = a.containsKey("user")
                ? AuthTokens.basic(a.get("user"), a.getOrDefault("password", ""))
                : AuthTokens.none();
        SessionConfig sessionConfig = a.containsKey("database")
                ? SessionConfig.forDatabase(a.get("database"))
                : SessionConfig.defaultConfig();
        try (Driver driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build());
                Session session = driver.session(sessionConfig)) {
            driver.verifyConnectivity();
            long existing = session.executeRead(tx -> tx.run(COUNT_EXISTING, Map.of("prefix", prefix + "-"))
                    .single().get("n").asLong());
            if (existing > 0) {
                if (!a.containsKey("wipe")) {
                    throw new IllegalStateException(existing + " concepts with ids '" + prefix
                            + "-*' exist already; pass --wipe to delete them first");
                }
                long t = System.nanoTime();
                long deleted = 0;
                long n;
                do {
                    n = session.executeWrite(tx -> tx.run(DELETE_SOME, Map.of("prefix", prefix + "-", "limit", 2000))
                            .single().get("n").asLong());
                    deleted += n;
                } while (n > 0);
                System.out.printf(Locale.ROOT, "deleted %,d earlier synthetic concepts in %.1f s%n", deleted, secs(t));
            }

            long t = System.nanoTime();
            List<Map<String, Object>> topicRows = new ArrayList<>();
            for (int i = 1; i <= topics; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", topicId(prefix, i));
                row.put("name", "Synthetic topic " + i);
                row.put("description", "Generated for the scale benchmark.");
                row.put("order", 1000 + i);
                topicRows.add(row);
            }
            session.executeWrite(tx -> tx.run(WRITE_TOPICS, Map.of("rows", topicRows)).consume());

            SplittableRandom textRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
            List<Map<String, Object>> rows = new ArrayList<>(batch);
            for (int i = 1; i <= concepts; i++) {
                rows.add(conceptRow(prefix, i, topics, textRandom));
                if (rows.size() == batch || i == concepts) {
                    List<Map<String, Object>> chunk = List.copyOf(rows);
                    session.executeWrite(tx -> tx.run(WRITE_CONCEPTS, Map.of("rows", chunk)).consume());
                    rows.clear();
                    if (i % (batch * 10) == 0 || i == concepts) {
                        System.out.printf(Locale.ROOT, "  concepts %,d/%,d (%.0f/s)%n", i, concepts,
                                i / secs(t));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "wrote %,d concepts and %d topics in %.1f s%n", concepts, topics, secs(t));

            t = System.nanoTime();
            Map<String, List<Rel>> byType = new TreeMap<>();
            for (Rel r : rels) {
                byType.computeIfAbsent(r.type, k -> new ArrayList<>()).add(r);
            }
            long written = 0;
            long nextReport = 50_000;
            for (var entry : byType.entrySet()) {
                String query = writeRelations(entry.getKey());
                List<Rel> list = entry.getValue();
                for (int from = 0; from < list.size(); from += batch) {
                    List<Map<String, Object>> chunk = new ArrayList<>(batch);
                    for (Rel r : list.subList(from, Math.min(list.size(), from + batch))) {
                        chunk.add(Map.of("from", conceptId(prefix, r.from), "to", conceptId(prefix, r.to),
                                "weight", r.weight));
                    }
                    session.executeWrite(tx -> tx.run(query, Map.of("rows", chunk)).consume());
                    written += chunk.size();
                    if (written >= nextReport) {
                        System.out.printf(Locale.ROOT, "  relations %,d/%,d (%.0f/s)%n", written, rels.size(),
                                written / secs(t));
                        nextReport += 50_000;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "wrote %,d relations in %.1f s (%s)%n", written, secs(t), typeCounts(byType));

            if (!a.containsKey("no-bump")) {
                long revision = session.executeWrite(tx -> tx.run(BUMP).single().get("revision").asLong());
                System.out.println("graph revision is now " + revision);
            }
            t = System.nanoTime();
            session.run("CALL db.awaitIndexes(600)").consume();
            System.out.printf(Locale.ROOT, "indexes online after %.1f s%n", secs(t));
        }
        System.out.printf(Locale.ROOT, "total %.1f s%n", secs(t0));
    }

    record Rel(int from, int to, String type, double weight) {
    }

    /**
     * Relations between concept indexes 1..n. Each endpoint is drawn from a Zipf(alpha) popularity over a random
     * permutation of the concepts (so hubs are spread over the index range), redrawn when it would exceed the degree
     * cap, form a self loop, or repeat a pair of concepts.
     */
    static List<Rel> generateRelations(int n, int m, long seed, int maxDegree, double alpha) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] byRank = new int[n];
        for (int i = 0; i < n; i++) {
            byRank[i] = i + 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = byRank[i];
            byRank[i] = byRank[j];
            byRank[j] = tmp;
        }
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += Math.pow(r + 1, -alpha);
            cumulative[r] = sum;
        }
        double[] typeCumulative = new double[TYPES.length];
        double typeSum = 0;
        for (int i = 0; i < TYPES.length; i++) {
            typeSum += TYPE_SHARE[i];
            typeCumulative[i] = typeSum;
        }

        int[] degree = new int[n + 1];
        Set<Long> pairs = new HashSet<>(m * 2);
        List<Rel> rels = new ArrayList<>(m);
        long attempts = 0;
        while (rels.size() < m) {
            if (++attempts > 50L * m) {
                throw new IllegalStateException("could not place " + m + " relations; lower --relations or raise"
                        + " --max-degree");
            }
            int a = pick(random, byRank, cumulative, sum, degree, maxDegree);
            int b = pick(random, byRank, cumulative, sum, degree, maxDegree);
            if (a == b) {
                continue;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            if (!pairs.add(((long) lo << 32) | hi)) {
                continue;
            }
            double u = random.nextDouble() * typeSum;
            int ti = 0;
            while (ti < TYPES.length - 1 && u >= typeCumulative[ti]) {
                ti++;
            }
            String type = TYPES[ti];
            int from = ACYCLIC.contains(type) ? lo : a;
            int to = ACYCLIC.contains(type) ? hi : b;
            double weight = Math.max(0.101, Math.round((0.1 + 0.9 * (1.0 - random.nextDouble())) * 1000) / 1000.0); // (0.1, 1]
            degree[from]++;
            degree[to]++;
            rels.add(new Rel(from, to, type, weight));
        }
        return rels;
    }

    private static int pick(SplittableRandom random, int[] byRank, double[] cumulative, double sum, int[] degree,
            int maxDegree) {
        while (true) {
            double u = random.nextDouble() * sum;
            int r = Arrays.binarySearch(cumulative, u);
            r = r >= 0 ? r : -r - 1;
            int node = byRank[Math.min(r, byRank.length - 1)];
            if (degree[node] < maxDegree) {
                return node;
            }
        }
    }

    static Map<String, Object> conceptRow(String prefix, int i, int topics, SplittableRandom random) {
        String name = "Synthetic concept " + i;
        String w1 = word(random);
        String w2 = word(random);
        String w3 = word(random);
        List<String> aliases = List.of(prefix + " " + i, w1 + " " + w2 + " " + i);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", conceptId(prefix, i));
        row.put("name", name);
        row.put("nameLower", name.toLowerCase(Locale.ROOT));
        row.put("aliases", aliases);
        row.put("aliasesLower", aliases.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        row.put("aliasText", String.join(" ; ", aliases));
        row.put("summary", "A synthetic " + w1 + " " + w2 + " concept about " + w3 + " and " + word(random)
                + ", generated for the scale benchmark.");
        StringBuilder details = new StringBuilder("Generated text:");
        for (int k = 0; k < 24; k++) {
            details.append(' ').append(word(random));
        }
        row.put("details", details.append('.').toString());
        row.put("tags", List.of("synthetic", TAGS[1 + random.nextInt(TAGS.length - 1)]));
        row.put("examples", List.of());
        row.put("figures", "[]");
        row.put("topic", topicId(prefix, 1 + (i - 1) % topics));
        return row;
    }

    private static String word(SplittableRandom random) {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }

    static String conceptId(String prefix, int i) {
        return String.format(Locale.ROOT, "%s-%06d", prefix, i);
    }

    static String topicId(String prefix, int i) {
        return String.format(Locale.ROOT, "%s-topic-%02d", prefix, i);
    }

    private static String typeCounts(Map<String, List<Rel>> byType) {
        StringBuilder sb = new StringBuilder();
        byType.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v.size()));
        return sb.toString();
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> a = new LinkedHashMap<>();
        Set<String> flags = Set.of("wipe", "no-bump", "print-vocabulary");
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String key = arg.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                a.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (flags.contains(key)) {
                a.put(key, "true");
            } else if (i + 1 < argv.length) {
                a.put(key, argv[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
        }
        return a;
    }
}
