package dev.dsgraph.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dsgraph.concept.ConceptModels.Concept;
import dev.dsgraph.concept.ConceptRepository;
import dev.dsgraph.curation.CurationModels.ConceptInput;
import dev.dsgraph.support.Change;
import dev.dsgraph.support.Change.Op;
import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.JsonBodies;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Preconditions;
import dev.dsgraph.support.ProblemException;
import dev.dsgraph.support.Writes;
import dev.dsgraph.write.ConceptRow;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;

/** Creating, replacing, patching and deleting concepts. */
@Path("/api/v1/concepts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concepts")
@SecurityScheme(
        securitySchemeName = "apiKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API key from kg.auth.api-keys (env KG_AUTH_API_KEYS), sent as Authorization: Bearer <key>")
@SecurityRequirement(name = "apiKey")
class ConceptWriteResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    private static final String CONCEPT_EXAMPLE = """
            {"id":"bloom-filter","name":"Bloom filter","aliases":["bloom filters"],
            "summary":"A compact probabilistic set that may report false positives but never false negatives.","details":"",
            "topics":[{"id":"hashing","name":"Hashing"}],"tags":["hashing"],"examples":[],"figures":[],"origin":"api","version":1,"relations":[]}""";

    private final CurationRepository curation;
    private final ConceptRepository concepts;
    private final Writes writes;
    private final JsonBodies bodies;
    private final ObjectMapper mapper;

    ConceptWriteResource(
            CurationRepository curation,
            ConceptRepository concepts,
            Writes writes,
            JsonBodies bodies,
            ObjectMapper mapper) {
        this.curation = curation;
        this.concepts = concepts;
        this.writes = writes;
        this.bodies = bodies;
        this.mapper = mapper;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putConcept",
            summary = "Create or replace a concept",
            description = "Creates the concept (201 with Location) or replaces"
                    + " all its fields (200); its relations stay. Send If-Match with the ETag of a GET to refuse overwriting a"
                    + " concurrent edit (412), or If-None-Match: * to create only. The concept becomes API-owned: re-seeding"
                    + " never overwrites it. A body equal to the stored concept changes nothing (200, same version and owner)."
                    + " Unknown fields and values of the wrong JSON type are refused (422 naming them).")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The concept's new version",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Concept.class),
                            examples = @ExampleObject(name = "replaced", value = CONCEPT_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(
                        name = "Location",
                        description = "The concept's URL",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "ETag",
                        description = "The concept's version",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Concept.class),
                            examples = @ExampleObject(name = "created", value = CONCEPT_EXAMPLE)))
    public Response put(
            @Parameter(
                            description = "Concept id (lowercase kebab-case, at most 64 characters)",
                            example = "bloom-filter")
                    @PathParam("id")
                    @ConceptId
                    String id,
            @Parameter(description = "ETag of the version this replaces; 412 when stale", example = "\"v1.r42\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Parameter(description = "* to create only; 412 when the concept exists", example = "*")
                    @HeaderParam("If-None-Match")
                    String ifNoneMatch,
            @RequestBody(
                            description = "The concept",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ConceptInput.class),
                                            examples = @ExampleObject(name = "bloom-filter", value = """
                    {"name":"Bloom filter","aliases":["bloom filters"],"summary":"A compact probabilistic set that may report false positives but never false negatives.",
                    "topics":["hashing"],"tags":["hashing"]}""")))
                    JsonNode json) {
        String conceptId = id;
        ConceptInput body = bodies.read(json, ConceptInput.class);
        if (body.id() != null && !body.id().equals(conceptId)) {
            throw ProblemException.invalidField(
                    "id", "id in the body ('" + body.id() + "') differs from the id in the path ('" + conceptId + "')");
        }
        var committed = writes.write("api", (tx, rev, changes) -> {
            Long version = curation.version(tx, conceptId);
            Preconditions.check(ifMatch, ifNoneMatch, version);
            ConceptRow row = ConceptInputs.row(conceptId, body);
            if (version != null) {
                Concept current = concepts.readInTx(tx, conceptId);
                if (ConceptInputs.digest(conceptId, current).equals(row.digest())) {
                    return Writes.unchanged(Map.entry(false, current));
                }
            }
            curation.requireTopics(tx, ConceptInputs.topics(body));
            curation.upsertConcept(tx, row);
            changes.add(Change.concept(Op.createdOrUpdated(version == null), conceptId));
            return Writes.changed(Map.entry(version == null, concepts.readInTx(tx, conceptId)));
        });
        Concept saved = committed.value().getValue();
        Response.ResponseBuilder response = committed.value().getKey()
                ? Response.created(URI.create("/api/v1/concepts/" + conceptId))
                : Response.ok();
        return response.entity(saved)
                .header("ETag", Preconditions.etag(saved.version(), committed.revision()))
                .build();
    }

    @PATCH
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchConcept",
            summary = "Patch a concept",
            description = "Applies a JSON Merge Patch (RFC 7396) to the concept's fields:"
                    + " members replace, null removes an optional field. The result is validated as a whole. Honours If-Match."
                    + " A patch that leaves every field as it is changes nothing (200, same version and owner); unknown fields"
                    + " and values of the wrong JSON type are refused (422 naming them).")
    @APIResponse(
            responseCode = "200",
            description = "Patched",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The concept's new version",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Concept.class),
                            examples = @ExampleObject(name = "patched", value = CONCEPT_EXAMPLE)))
    public Response patch(
            @Parameter(description = "Concept id", example = "bloom-filter") @PathParam("id") @ConceptId String id,
            @Parameter(description = "ETag of the version this patches; 412 when stale", example = "\"v1.r42\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            description =
                                    "A JSON Merge Patch of ConceptInput: any of its fields; null removes an optional one",
                            content =
                                    @Content(
                                            mediaType = MERGE_PATCH,
                                            schema = @Schema(implementation = ConceptPatch.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "new-summary",
                                                            value =
                                                                    "{\"summary\":\"A space-efficient probabilistic set.\",\"details\":null}")))
                    JsonNode patch) {
        String conceptId = id;
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badParameter("body", "A JSON Merge Patch must be a JSON object");
        }
        if (patch.has("id")
                && !patch.get("id").isNull()
                && !patch.get("id").asText().equals(conceptId)) {
            throw ProblemException.invalidField("id", "id cannot be changed by a patch");
        }
        var committed = writes.write("api", (tx, rev, changes) -> {
            Long version = curation.version(tx, conceptId);
            if (version == null) {
                throw NotFound.concept(conceptId);
            }
            Preconditions.check(ifMatch, null, version);
            Concept current = concepts.readInTx(tx, conceptId);
            JsonNode document = mapper.valueToTree(ConceptInputs.fromConcept(current));
            ConceptInput patched = bodies.read(mergePatch(document, patch), ConceptInput.class);
            ConceptRow row = ConceptInputs.row(conceptId, patched);
            if (ConceptInputs.digest(conceptId, current).equals(row.digest())) {
                return Writes.unchanged(current);
            }
            curation.requireTopics(tx, ConceptInputs.topics(patched));
            curation.upsertConcept(tx, row);
            changes.add(Change.concept(Op.UPDATED, conceptId));
            return Writes.changed(concepts.readInTx(tx, conceptId));
        });
        Concept saved = committed.value();
        return Response.ok(saved)
                .header("ETag", Preconditions.etag(saved.version(), committed.revision()))
                .build();
    }

    @DELETE
    @Operation(
            operationId = "deleteConcept",
            summary = "Delete a concept",
            description = "Deletes the concept and every relation it has (204). A seed"
                    + " concept deleted here is not brought back by re-seeding. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @Parameter(description = "Concept id", example = "bloom-filter") @PathParam("id") @ConceptId String id,
            @Parameter(description = "ETag of the version this deletes; 412 when stale", example = "\"v1.r42\"")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        String conceptId = id;
        writes.write("api", (tx, rev, changes) -> {
            Long version = curation.version(tx, conceptId);
            if (version == null) {
                throw NotFound.concept(conceptId);
            }
            Preconditions.check(ifMatch, null, version);
            curation.deleteConcept(tx, conceptId, changes);
            return Writes.changed(true);
        });
        return Response.noContent().build();
    }

    /** RFC 7396: objects merge member by member, null removes, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }
}
