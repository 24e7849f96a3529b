package dev.dsgraph.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.curation.CurationModels.ChangePage;
import dev.dsgraph.curation.CurationModels.ImportReport;
import dev.dsgraph.seed.SeedWriter;
import dev.dsgraph.support.ChangeLog;
import dev.dsgraph.support.GraphDb;
import dev.dsgraph.support.GraphRevision;
import dev.dsgraph.support.JsonBodies;
import dev.dsgraph.support.ProblemException;
import dev.dsgraph.support.ProblemType;
import dev.dsgraph.support.Reads;
import dev.dsgraph.support.Writes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Bulk import and export in the graph-seed format, and the change feed. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import and export")
class ExchangeResource {

    private static final String FIND_KEY = """
            MATCH (k:IdempotencyKey {key: $key})
            RETURN k.requestHash AS requestHash, k.status AS status, k.body AS body
            """;

    private static final String SAVE_KEY = """
            MATCH (old:IdempotencyKey) WHERE old.createdAt < datetime() - duration('P1D')
            DELETE old
            WITH count(*) AS expired
            CREATE (:IdempotencyKey {key: $key, requestHash: $requestHash, status: $status, body: $body, createdAt: datetime()})
            """;

    private static final String DOC_EXAMPLE = """
            {"relationTypes":[{"type":"USED_IN","label":"used in","inverse":"uses","description":"...","symmetric":false,"acyclic":false,"weight":0.7}],
            "topics":[{"id":"hashing","name":"Hashing","parent":"distributed-systems"}],
            "concepts":[{"id":"bloom-filter","name":"Bloom filter","aliases":["bloom filters"],
            "summary":"A compact probabilistic set that may report false positives but never false negatives.","topics":["hashing"]}],
            "relations":[{"from":"bloom-filter","type":"USED_IN","to":"caching","reason":"Caches consult a Bloom filter to skip lookups for absent keys.","weight":0.8}]}""";

    /** The first answer to an idempotent request, replayed without a second effect. */
    private static Response replay(int status, String body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .header("Idempotent-Replayed", "true")
                .build();
    }

    private final GraphDb db;
    private final Writes writes;
    private final GraphRevision revision;
    private final Reads reads;
    private final ObjectMapper mapper;

    ExchangeResource(GraphDb db, Writes writes, GraphRevision revision, Reads reads, ObjectMapper mapper) {
        this.db = db;
        this.writes = writes;
        this.revision = revision;
        this.reads = reads;
        this.mapper = mapper;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(
            operationId = "importGraph",
            summary = "Import a graph-seed document",
            description = "Validates the whole document against itself and"
                    + " the graph first (shape, unknown types and topics, dangling references, self-loops, duplicates, cycles),"
                    + " then writes all of it or nothing with MERGE: importing twice changes nothing. Imported entries become"
                    + " API-owned. At most 5 MB and " + GraphExchange.MAX_IMPORT_ENTRIES
                    + " entries (413 beyond). With an"
                    + " Idempotency-Key, a retried request gets the first response back (header Idempotent-Replayed: true)"
                    + " without a second effect; the same key with a different body is refused (422).")
    @APIResponse(
            responseCode = "200",
            description = "What was created and updated",
            headers =
                    @Header(
                            name = "Idempotent-Replayed",
                            description =
                                    "true when this is the stored answer to an earlier request with the same Idempotency-Key",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class),
                            examples = @ExampleObject(name = "report", value = """
                    {"conceptsCreated":1,"conceptsUpdated":0,"relationsCreated":1,"relationsUpdated":0,"unchanged":0,"revision":43}""")))
    public Response importDocument(
            @Parameter(
                            description =
                                    "A client-chosen key (1 to 200 visible ASCII characters) that makes retries safe",
                            example = "import-2026-11-24-001")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @RequestBody(
                            description = "A document in the graph-seed format, as GET /api/v1/export returns",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = GraphDocument.class),
                                            examples = @ExampleObject(name = "one-concept", value = DOC_EXAMPLE)))
                    String body) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,200}")) {
            throw ProblemException.badParameter(
                    "Idempotency-Key", "Idempotency-Key must be 1 to 200 visible ASCII characters");
        }
        JsonNode doc;
        try {
            doc = mapper.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badParameter("body", JsonBodies.malformed(e));
        }
        String requestHash = SeedWriter.sha256(body == null ? "" : body);
        return writes.write("import", (tx, rev, changes) -> {
                    if (idempotencyKey != null) {
                        var previous =
                                tx.run(FIND_KEY, Map.of("key", idempotencyKey)).list();
                        if (!previous.isEmpty()) {
                            if (!previous.get(0).get("requestHash").asString().equals(requestHash)) {
                                throw ProblemException.of(
                                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                                        "Idempotency-Key",
                                        "This Idempotency-Key was used for a different request; use a new key");
                            }
                            return Writes.unchanged(replay(
                                    previous.get(0).get("status").asInt(),
                                    previous.get(0).get("body").asString()));
                        }
                    }
                    ImportReport result = GraphExchange.importDocument(tx, doc, rev);
                    if (idempotencyKey != null) {
                        tx.run(
                                        SAVE_KEY,
                                        Map.of(
                                                "key",
                                                idempotencyKey,
                                                "requestHash",
                                                requestHash,
                                                "status",
                                                200,
                                                "body",
                                                json(result)))
                                .consume();
                    }
                    return Writes.changed(Response.ok(result).build());
                })
                .value();
    }

    @GET
    @Path("/export")
    @Operation(
            operationId = "exportGraph",
            summary = "Export the whole graph",
            description = "Every relation type, topic, concept and relation as one"
                    + " document in the graph-seed format, in a stable order; importing it into an empty database and exporting"
                    + " again gives the same document.")
    @APIResponse(
            responseCode = "200",
            description = "The graph",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GraphDocument.class),
                            examples = @ExampleObject(name = "export", value = DOC_EXAMPLE)))
    public Map<String, Object> export() {
        return reads.direct(() -> db.readTx(GraphExchange::export));
    }

    @GET
    @Path("/changes")
    @Tag(name = "Changes")
    @Operation(
            operationId = "listChanges",
            summary = "The change feed",
            description = "Changes to concepts and relations (created, updated, deleted)"
                    + " made after graph revision `since`, oldest first, paged. Keep the returned `revision` and pass it as"
                    + " `since` next time to get only what changed since.")
    @APIResponse(
            responseCode = "200",
            description = "One page of changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangePage.class),
                            examples = @ExampleObject(name = "changes", value = """
                    {"items":[{"seq":411,"revision":2,"at":"2026-11-24T07:30:00.123Z","op":"created","entity":"concept","id":"bloom-filter","source":"api"},
                    {"seq":412,"revision":3,"at":"2026-11-24T07:31:10.456Z","op":"deleted","entity":"relation","id":"bloom-filter|USED_IN|caching",
                    "type":"USED_IN","from":"bloom-filter","to":"caching","source":"api"}],"page":1,"size":100,"total":2,"since":1,"revision":3}""")))
    public ChangePage changes(
            @Parameter(
                            description = "Graph revision already seen; changes after it are listed (default 0: all)",
                            example = "10")
                    @QueryParam("since")
                    @DefaultValue("0")
                    @Min(0)
                    long since,
            @Parameter(description = "Page number, from 1", example = "1")
                    @QueryParam("page")
                    @DefaultValue("1")
                    @Min(1)
                    @Max(1_000_000)
                    int page,
            @Parameter(description = "Page size, at most 500", example = "100")
                    @QueryParam("size")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(500)
                    int size) {
        return reads.direct(() -> {
            long current = revision.current();
            ChangeLog.Page feed = ChangeLog.page(db, since, (long) (page - 1) * size, size);
            List<CurationModels.Change> items =
                    feed.items().stream().map(CurationModels.Change::of).toList();
            return new ChangePage(items, page, size, feed.total(), since, current);
        });
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
