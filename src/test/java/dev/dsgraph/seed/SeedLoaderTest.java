package dev.dsgraph.seed;

import dev.dsgraph.embedded.EmbeddedNeo4j;
import dev.dsgraph.support.GraphSchema;
import dev.dsgraph.support.Neo4jTestResource;
import dev.dsgraph.support.SeedFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader against a Neo4j of its own: idempotent loads, every kind of bad seed refused with zero writes. */
class SeedLoaderTest {

    static final Path SEED = SeedFiles.SEED;

    static EmbeddedNeo4j neo4j;
    static Path home;
    static Driver driver;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startNeo4j() throws IOException {
        home = Files.createTempDirectory("kg-seed-test");
        neo4j = EmbeddedNeo4j.start(home, Neo4jTestResource.freePort(), "32m");
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        GraphSchema.apply(driver);
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
        Neo4jTestResource.deleteTree(home);
    }

    @BeforeEach
    void emptyDatabase() {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }

    long nodes() {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
    }

    long relationships() {
        return driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
    }

    @Test
    void shouldLoadTheSeedAndLeaveCountsEqualWhenLoadedTwice() {
        SeedLoader.Outcome first = SeedLoader.load(driver, SEED);
        assertThat(first.skipped()).isFalse();
        assertThat(first.result().conceptsCreated()).isEqualTo(first.concepts()).isGreaterThan(100);
        long nodes = nodes();
        long rels = relationships();

        SeedLoader.Outcome second = SeedLoader.load(driver, SEED);
        assertThat(second.skipped())
                .as("an unchanged seed is skipped by its content hash")
                .isTrue();
        assertThat(nodes()).isEqualTo(nodes);
        assertThat(relationships()).isEqualTo(rels);

        // even when the hashes are forgotten, MERGE writes nothing new
        driver.executableQuery("MATCH (m:Meta {id: 'graph'}) REMOVE m.seedHash, m.seedFilesHash")
                .execute();
        SeedLoader.Outcome third = SeedLoader.load(driver, SEED);
        assertThat(third.skipped()).isFalse();
        assertThat(third.result().changedAnything()).isFalse();
        assertThat(nodes()).isEqualTo(nodes + 0);
        assertThat(relationships()).isEqualTo(rels);
    }

    @Test
    void shouldRecogniseUnchangedFilesWithoutReadingThemAndReformattedFilesByTheirContent() throws IOException {
        Path copy = copySeed();
        SeedLoader.load(driver, copy);
        GraphSchema.Recorded recorded = GraphSchema.recorded(driver);
        assertThat(recorded.seedFilesHash()).isEqualTo(SeedReader.filesHash(copy));

        // unchanged files: skipped on the files hash alone, without parsing (no entries counted)
        SeedLoader.Outcome unchanged = SeedLoader.load(driver, copy);
        assertThat(unchanged.skipped()).isTrue();
        assertThat(unchanged.concepts()).isZero();
        assertThat(unchanged.hash()).isEqualTo(recorded.seedHash());

        // same content in other bytes (a comment added): parsed, skipped on the content hash, new files hash recorded
        Path topics = copy.resolve("topics.yaml");
        Files.writeString(topics, "# reformatted\n" + Files.readString(topics));
        long nodes = nodes();
        SeedLoader.Outcome reformatted = SeedLoader.load(driver, copy);
        assertThat(reformatted.skipped()).isTrue();
        assertThat(reformatted.concepts()).isGreaterThan(100);
        assertThat(nodes()).isEqualTo(nodes);
        assertThat(GraphSchema.recorded(driver).seedFilesHash())
                .isEqualTo(SeedReader.filesHash(copy))
                .isNotEqualTo(recorded.seedFilesHash());

        // a changed entry: written
        SeedFiles.replaceIn(
                copy, "A way of distributing keys across nodes", "CHANGED way of distributing keys across nodes");
        SeedLoader.Outcome changed = SeedLoader.load(driver, copy);
        assertThat(changed.skipped()).isFalse();
        assertThat(changed.result().conceptsUpdated()).isEqualTo(1);
        assertThat(summary("consistent-hashing")).startsWith("CHANGED way");
    }

    @Test
    void shouldRecordTheSchemaVersionAndSkipTheIndexCheckWhenItIsRecorded() {
        // emptyDatabase() removed the Meta node: the schema is applied again and its version recorded
        assertThat(GraphSchema.ensure(driver, GraphSchema.recorded(driver))).isTrue();
        assertThat(GraphSchema.recorded(driver).schemaVersion()).isEqualTo(GraphSchema.VERSION);
        assertThat(GraphSchema.ensure(driver, GraphSchema.recorded(driver))).isFalse();
        long indexes = driver.executableQuery("SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n")
                .withParameters(java.util.Map.of("name", GraphSchema.FULLTEXT_INDEX))
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
        assertThat(indexes).isEqualTo(1);
    }

    @Test
    void shouldLoadASeedDirectoryReachedThroughALink() throws IOException {
        // a ConfigMap volume or a release layout hands the service a link to the seed, not the directory
        Path link =
                Files.createSymbolicLink(tmp.resolve("seed-link"), copySeed().toAbsolutePath());
        SeedLoader.Outcome outcome = SeedLoader.load(driver, link);
        assertThat(outcome.concepts())
                .isEqualTo(SeedLoader.readValid(SEED).concepts().size())
                .isGreaterThan(100);
        assertThat(outcome.result().conceptsCreated()).isEqualTo(outcome.concepts());
    }

    @Test
    void shouldRejectADirectoryWithoutSeedFiles() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a seed file");
        assertThatThrownBy(() -> SeedLoader.load(driver, empty))
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("no seed files");
        assertThat(nodes()).as("nothing written").isZero();
    }

    @Test
    void shouldNeverOverwriteOrRecreateWhatTheApiOwns() throws IOException {
        Path copy = copySeed();
        SeedLoader.load(driver, copy);
        driver.executableQuery(
                        "MATCH (c:Concept {id: 'causality'}) SET c.origin = 'api', c.summary = 'Edited by a teacher.'")
                .execute();
        driver.executableQuery(
                        "MATCH (c:Concept {id: 'geohashing'}) DETACH DELETE c MERGE (:Tombstone {key: 'concept:geohashing'})")
                .execute();

        // change the seed's text of both concepts and of one seed-owned concept
        SeedFiles.replaceIn(copy, "The happened-before relation", "CHANGED happened-before relation");
        SeedFiles.replaceIn(copy, "Encoding a latitude/longitude pair", "CHANGED latitude/longitude pair");
        SeedFiles.replaceIn(
                copy, "A way of distributing keys across nodes", "CHANGED way of distributing keys across nodes");
        SeedLoader.Outcome outcome = SeedLoader.load(driver, copy);

        assertThat(outcome.skipped()).isFalse();
        assertThat(summary("causality")).isEqualTo("Edited by a teacher.");
        assertThat(summary("geohashing"))
                .as("deleted through the API, not recreated")
                .isNull();
        assertThat(summary("consistent-hashing")).startsWith("CHANGED way");
    }

    String summary(String id) {
        var rows = driver.executableQuery("MATCH (c:Concept {id: $id}) RETURN c.summary AS s")
                .withParameters(Map.of("id", id))
                .execute()
                .records();
        return rows.isEmpty() ? null : rows.get(0).get("s").asString();
    }

    @Test
    void shouldRejectEachKindOfInvalidSeedNamingTheProblemWithZeroWrites() throws IOException {
        assertRejected(
                Map.of("concepts/bad.yaml", """
                concepts:
                  - id: Not-A-Slug
                    name: Broken
                    summary: s
                    topics: [hashing]
                    colour: red
                relations:
                  - {from: consistent-hashing, type: USED_IN, to: caching, reason: r, weight: 1.5}
                """),
                "concepts/bad.yaml",
                "must be a lowercase kebab-case id",
                "unknown field 'colour'",
                "weight must be a number in (0, 1]");
        assertRejected(Map.of("concepts/bad.yaml", """
                relations:
                  - {from: consistent-hashing, type: LIKES, to: caching, reason: r, weight: 0.5}
                """), "unknown relation type 'LIKES'");
        assertRejected(
                Map.of("concepts/bad.yaml", """
                relations:
                  - {from: consistent-hashing, type: USED_IN, to: no-such-concept, reason: r, weight: 0.5}
                """), "dangling reference: 'to' concept 'no-such-concept' does not exist");
        assertRejected(Map.of("concepts/bad.yaml", """
                concepts:
                  - {id: causality, name: Causality again, summary: s, topics: [causality]}
                """), "duplicate concept id 'causality'");
        assertRejected(Map.of("concepts/bad.yaml", """
                relations:
                  - {from: causality, type: RELATED_TO, to: causality, reason: r, weight: 0.5}
                """), "self-loop");
        assertRejected(Map.of("concepts/bad.yaml", """
                concepts:
                  - {id: no-summary, name: No summary, topics: [causality]}
                """), "summary is required");
        assertRejected(Map.of("concepts/bad.yaml", """
                concepts:
                  - {id: bad-topic, name: Bad topic, summary: s, topics: [no-such-topic]}
                """), "topic 'no-such-topic' is not a known topic");
    }

    @Test
    void shouldRejectAPrerequisiteCycleNamingTheCycle() throws IOException {
        InvalidSeedException e =
                assertRejected(Map.of("concepts/cycle.yaml", """
                relations:
                  - {from: vector-clock, type: PREREQUISITE_OF, to: partial-order, reason: closes a loop, weight: 0.5}
                """), "cycle in acyclic relation type PREREQUISITE_OF");
        String cycle = e.problems().stream()
                .filter(p -> p.message().contains("cycle"))
                .findFirst()
                .orElseThrow()
                .message();
        assertThat(cycle).contains("vector-clock -> partial-order").contains("causality");
        assertThat(e.getMessage()).contains("concepts/cycle.yaml");
    }

    @Test
    void shouldReportEveryProblemAtOnce() throws IOException {
        InvalidSeedException e = assertRejected(
                Map.of("concepts/a.yaml", """
                relations:
                  - {from: causality, type: NOPE, to: causality, reason: r, weight: 0.5}
                  - {from: ghost, type: USED_IN, to: caching, reason: r, weight: 0.5}
                """), "unknown relation type 'NOPE'", "self-loop", "'from' concept 'ghost'");
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3);
    }

    InvalidSeedException assertRejected(Map<String, String> extraFiles, String... expected) throws IOException {
        Path copy = copySeed();
        for (var file : extraFiles.entrySet()) {
            Files.writeString(copy.resolve(file.getKey()), file.getValue());
        }
        long before = nodes();
        var thrown = assertThatThrownBy(() -> SeedLoader.load(driver, copy)).isInstanceOf(InvalidSeedException.class);
        for (String message : expected) {
            thrown.hasMessageContaining(message);
        }
        assertThat(nodes()).as("nothing written").isEqualTo(before).isZero();
        try {
            SeedLoader.load(driver, copy);
        } catch (InvalidSeedException e) {
            return e;
        }
        throw new AssertionError("not rejected");
    }

    Path copySeed() throws IOException {
        return SeedFiles.copySeed(Files.createTempDirectory(tmp, "seed"));
    }
}
