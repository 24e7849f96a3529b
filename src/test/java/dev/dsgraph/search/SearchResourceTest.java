package dev.dsgraph.search;

import dev.dsgraph.support.Neo4jTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;

/** Search over the seed graph: the sheet's terms, typos, prefixes, case, and hostile input. */
@QuarkusTest
@WithTestResource(Neo4jTestResource.class)
class SearchResourceTest {

    /** Terms drawn from the study sheet, each with the concept it names; each must be found by name or alias. */
    @ParameterizedTest
    @CsvSource({
        "The network is reliable, network-is-reliable-fallacy",
        "Latency is zero, latency-is-zero-fallacy",
        "Bandwidth is infinite, bandwidth-is-infinite-fallacy",
        "The network is secure, network-is-secure-fallacy",
        "Topology doesn't change, topology-doesnt-change-fallacy",
        "There is one administrator, one-administrator-fallacy",
        "Transport cost is zero, transport-cost-is-zero-fallacy",
        "The network is homogeneous, network-is-homogeneous-fallacy",
        "Fallacies of Distributed Computing, fallacies-of-distributed-computing",
        "synchronous, synchronous-communication",
        "asynchronous, asynchronous-communication",
        "event log, event-log",
        "message queue, message-queue",
        "Kafka, kafka",
        "RabbitMQ, rabbitmq",
        "exactly-once delivery, exactly-once-delivery",
        "at-least-once delivery, at-least-once-delivery",
        "deduplication, deduplication",
        "idempotent operations, idempotency",
        "lost messages, lost-message",
        "duplicate messages, duplicate-message",
        "out-of-order messages, out-of-order-message",
        "corrupted messages, corrupted-message",
        "orchestration, orchestration",
        "choreography, choreography",
        "workflow engines, workflow-engine",
        "event-driven, event-driven-architecture",
        "causality, causality",
        "Lamport timestamps, lamport-timestamp",
        "vector clocks, vector-clock",
        "CDN, cdn",
        "Content Delivery Network, cdn",
        "consistent hashing, consistent-hashing",
        "geohashing, geohashing",
        "perfect hashing, perfect-hashing",
        "sharding, sharding",
        "caching, caching",
        "replication, replication",
        "partitioning, partitioning",
        "batch writes, batch-writes",
        "consensus, consensus",
        "federation, federation",
        "latency, latency",
        "throughput, throughput",
        "goodput, goodput",
        "tail latency, tail-latency",
        "garbage collection pauses, garbage-collection-pause",
        "network jitter, network-jitter",
        "contention, contention",
        "Layer 4 load balancer, layer-4-load-balancer",
        "L7 load balancer, layer-7-load-balancer",
        "load balancer, load-balancer",
        "liveness, liveness-property",
        "safety, safety-property",
        "microservices, microservices",
        "REST, rest",
        "gRPC, grpc",
        "Protocol Buffers, protocol-buffers",
        "service mesh, service-mesh",
        "Istio, istio",
        "Linkerd, linkerd",
        "source of truth, source-of-truth",
        "stateful, stateful",
        "stateless, stateless",
        "total order, total-order",
        "partial order, partial-order",
        "clock drift, clock-drift",
        "logical clocks, logical-clock",
        "read-heavy, read-heavy-workload",
        "write-heavy, write-heavy-workload",
        "idempotency, idempotency",
        "vector clock, vector-clock"
    })
    void shouldFindEverySheetTermByNameOrAlias(String term, String id) {
        given().queryParam("q", term)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].match", isOneOf("exact-name", "exact-alias"));
    }

    @Test
    void shouldTolerateTypos() {
        given().queryParam("q", "vectr clock")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("vector-clock"))
                .body("items[0].match", equalTo("text"))
                .body("items[0].matchedFields", hasItem("name"));
        given().queryParam("q", "idempotncy")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("idempotency"));
    }

    @Test
    void shouldCompletePrefixes() {
        List<String> ids = given().queryParam("q", "consis")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(ids.subList(0, Math.min(3, ids.size()))).contains("consistent-hashing");
    }

    @Test
    void shouldIgnoreCaseAndRankExactMatchesFirst() {
        given().queryParam("q", "TAIL LATENCY")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("tail-latency"))
                .body("items[0].match", equalTo("exact-name"));
        given().queryParam("q", "happened-before")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo("causality"))
                .body("items[0].match", equalTo("exact-alias"))
                .body("items[0].matchedAlias", equalTo("happened-before"));
    }

    @Test
    void shouldSayWhichFieldMatched() {
        given().queryParam("q", "oscillator")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.find { it.id == 'clock-drift' }.matchedFields", hasItem("summary"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(((",
                "vector AND OR NOT",
                "\"unterminated",
                "title:*",
                "a~~~^^^",
                "*:*",
                "\\",
                "[1 TO 5}",
                "'; MATCH (n) DETACH DELETE n //",
                "clock~",
                "&&||!"
            })
    void shouldTreatLuceneAndCypherSyntaxAsText(String q) {
        given().queryParam("q", q).get("/api/v1/search").then().statusCode(200).body("query", equalTo(q));
        given().get("/api/v1/concepts/vector-clock").then().statusCode(200);
    }
}
