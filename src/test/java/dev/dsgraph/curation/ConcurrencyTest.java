package dev.dsgraph.curation;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.dsgraph.curation.Curl.auth;
import static dev.dsgraph.curation.Curl.concept;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Parallel writers leave exact counts, and concurrent editors of one concept cannot both win. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class ConcurrencyTest {

    @AfterEach
    void cleanUp() {
        Curl.deleteTestConcepts();
    }

    static <T> List<T> parallel(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void parallelWritersLeaveExactCounts() throws Exception {
        long concepts = Curl.nodes();
        long relations = Curl.relationships();
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "test-par-" + i;
            creates.add(() -> auth().body(concept("Test parallel " + id, "Parallel.", "latency"))
                    .put("/api/v1/concepts/" + id)
                    .statusCode());
        }
        assertThat(parallel(8, creates)).containsOnly(201);
        assertThat(Curl.nodes()).isEqualTo(concepts + 40);

        List<Callable<Integer>> links = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String from = "test-par-" + i;
            links.add(() -> auth().body(Curl.relation("Parallel link.", 0.5))
                    .put("/api/v1/concepts/" + from + "/relations/USED_IN/caching")
                    .statusCode());
            // the same relation from two writers at once: one creates, the other updates
            links.add(() -> auth().body(Curl.relation("Parallel link.", 0.5))
                    .put("/api/v1/concepts/" + from + "/relations/USED_IN/caching")
                    .statusCode());
        }
        assertThat(parallel(8, links))
                .containsOnly(200, 201)
                .filteredOn(s -> s == 201)
                .hasSize(40);
        assertThat(Curl.relationships()).isEqualTo(relations + 40);
    }

    @Test
    void concurrentEditsWithTheSameETagLetExactlyOneWin() throws Exception {
        auth().body(concept("Test contested", "Original.", "latency"))
                .put("/api/v1/concepts/test-contested")
                .then()
                .statusCode(201);
        String etag =
                given().get("/api/v1/concepts/test-contested").then().extract().header("ETag");
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String summary = "Edit " + i + ".";
            edits.add(() -> auth().header("If-Match", etag)
                    .contentType("application/merge-patch+json")
                    .body("{\"summary\":\"" + summary + "\"}")
                    .patch("/api/v1/concepts/test-contested")
                    .statusCode());
        }
        List<Integer> statuses = parallel(10, edits);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(9);
        given().get("/api/v1/concepts/test-contested")
                .then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void concurrentPrerequisiteWritesCannotCloseACycle() throws Exception {
        auth().body(concept("Test x", "x", "latency"))
                .put("/api/v1/concepts/test-x")
                .then()
                .statusCode(201);
        auth().body(concept("Test y", "y", "latency"))
                .put("/api/v1/concepts/test-y")
                .then()
                .statusCode(201);
        List<Callable<Integer>> writes = List.of(
                () -> auth().body(Curl.relation("x first", 1))
                        .put("/api/v1/concepts/test-x/relations/PREREQUISITE_OF/test-y")
                        .statusCode(),
                () -> auth().body(Curl.relation("y first", 1))
                        .put("/api/v1/concepts/test-y/relations/PREREQUISITE_OF/test-x")
                        .statusCode());
        List<Integer> statuses = parallel(2, writes);
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(
                        Curl.count(
                                "MATCH (:Concept {id: 'test-x'})-[r:PREREQUISITE_OF]-(:Concept {id: 'test-y'}) RETURN count(r)"))
                .isEqualTo(1);
    }
}
