package dev.dsgraph.curation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dsgraph.cache.ConceptNode;
import dev.dsgraph.cache.GraphCache;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.curation.CurationModels.RelationInput;
import dev.dsgraph.curation.CurationModels.RelationView;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.relation.Vocabulary;
import dev.dsgraph.support.Change;
import dev.dsgraph.support.Change.Op;
import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.JsonBodies;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Params;
import dev.dsgraph.support.Preconditions;
import dev.dsgraph.support.ProblemException;
import dev.dsgraph.support.ProblemType;
import dev.dsgraph.support.Writes;
import dev.dsgraph.write.GraphWrites;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.net.URI;
import java.util.List;
import java.util.Map;

/** One typed relation between two concepts: read, create or update, delete. */
@Path("/api/v1/concepts/{id}/relations/{type}/{targetId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relations")
class RelationWriteResource {

    private static final String RELATION_EXAMPLE = """
            {"from":"bloom-filter","type":"USED_IN","to":"caching","label":"used in","symmetric":false,
            "reason":"Caches consult a Bloom filter to skip lookups for keys they certainly do not hold.","weight":0.8,"origin":"api"}""";

    private final CurationRepository curation;
    private final Vocabulary vocabulary;
    private final Writes writes;
    private final GraphCache cache;
    private final JsonBodies bodies;

    RelationWriteResource(
            CurationRepository curation, Vocabulary vocabulary, Writes writes, GraphCache cache, JsonBodies bodies) {
        this.bodies = bodies;
        this.curation = curation;
        this.vocabulary = vocabulary;
        this.writes = writes;
        this.cache = cache;
    }

    @GET
    @Operation(
            operationId = "getRelation",
            summary = "Get a relation",
            description = "The relation of this type between the two concepts (for a"
                    + " symmetric type, in either direction).")
    @APIResponse(
            responseCode = "200",
            description = "The relation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RelationView.class),
                            examples = @ExampleObject(name = "relation", value = RELATION_EXAMPLE)))
    public RelationView get(
            @Parameter(description = "Source concept id", example = "vector-clock") @PathParam("id") @ConceptId
                    String id,
            @Parameter(description = "Relation type from the vocabulary", example = "IMPLEMENTS") @PathParam("type")
                    String type,
            @Parameter(description = "Target concept id", example = "causality") @PathParam("targetId") @ConceptId
                    String targetId) {
        String from = id;
        String to = targetId;
        RelationType relationType = type(type, 404);
        RelationView found =
                cache.read(view -> stored(view, relationType, from, to)).value();
        if (found == null) {
            throw ProblemException.notFound(
                    "type", "No " + relationType.type() + " relation from '" + from + "' to '" + to + "'");
        }
        return found;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "apiKey")
    @Operation(
            operationId = "putRelation",
            summary = "Create or update a relation",
            description =
                    "Creates the relation (201 with Location) or"
                            + " updates its reason and weight (200). Checked inside the write: the type must be in the vocabulary (422),"
                            + " both concepts must exist (404 naming which), no self-loops (422), and an acyclic type such as"
                            + " PREREQUISITE_OF may not close a cycle (409 with the cycle). Symmetric types are stored once and found"
                            + " from both ends. If-Match is checked against the source concept's ETag. The same reason and weight again"
                            + " change nothing (200, owner kept); unknown fields and values of the wrong JSON type are refused (422).")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RelationView.class),
                            examples = @ExampleObject(name = "updated", value = RELATION_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers =
                    @Header(
                            name = "Location",
                            description = "The relation's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RelationView.class),
                            examples = @ExampleObject(name = "created", value = RELATION_EXAMPLE)))
    public Response put(
            @Parameter(description = "Source concept id", example = "bloom-filter") @PathParam("id") @ConceptId
                    String id,
            @Parameter(description = "Relation type from the vocabulary", example = "USED_IN") @PathParam("type")
                    String type,
            @Parameter(description = "Target concept id", example = "caching") @PathParam("targetId") @ConceptId
                    String targetId,
            @Parameter(description = "ETag of the source concept; 412 when stale", example = "\"v1.r42\"")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @RequestBody(
                            description = "Why the relation holds, and its weight",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RelationInput.class),
                                            examples = @ExampleObject(name = "used-in", value = """
                    {"reason":"Caches consult a Bloom filter to skip lookups for keys they certainly do not hold.","weight":0.8}""")))
                    JsonNode json) {
        RelationInput body = bodies.read(json, RelationInput.class);
        String from = id;
        String to = targetId;
        RelationType relationType = type(type, 422);
        if (from.equals(to)) {
            throw ProblemException.of(
                    ProblemType.SELF_LOOP, "targetId", "A concept cannot relate to itself ('" + from + "')");
        }
        String reason = body.reason().strip();
        double weight = body.weight();
        var committed = writes.write("api", (tx, rev, changes) -> {
            CurationRepository.RelationState state = curation.relationState(tx, relationType, from, to);
            Preconditions.check(ifMatch, null, state.version());
            RelationView existing = state.existing();
            if (existing != null && existing.reason().equals(reason) && existing.weight() == weight) {
                return Writes.unchanged(Map.entry(false, existing));
            }
            if (relationType.acyclic() && existing == null) {
                curation.refuseCycle(tx, from, relationType.type(), to);
            }
            curation.upsertRelation(tx, relationType, from, to, reason, weight);
            // a symmetric relation stays stored in the direction it had; a new one is stored from this source
            String storedFrom = existing == null ? from : existing.from();
            String storedTo = existing == null ? to : existing.to();
            changes.add(
                    Change.relation(Op.createdOrUpdated(existing == null), storedFrom, relationType.type(), storedTo));
            return Writes.changed(Map.entry(
                    existing == null,
                    new RelationView(
                            storedFrom,
                            relationType.type(),
                            storedTo,
                            relationType.label(),
                            relationType.symmetric(),
                            reason,
                            weight,
                            GraphWrites.Writer.API.origin())));
        });
        RelationView saved = committed.value().getValue();
        Response.ResponseBuilder response = committed.value().getKey()
                ? Response.created(
                        URI.create("/api/v1/concepts/" + from + "/relations/" + relationType.type() + "/" + to))
                : Response.ok();
        return response.entity(saved).build();
    }

    @DELETE
    @SecurityRequirement(name = "apiKey")
    @Operation(
            operationId = "deleteRelation",
            summary = "Delete a relation",
            description = "Deletes the relation (204); a seed relation deleted here is"
                    + " not brought back by re-seeding. If-Match is checked against the source concept's ETag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @Parameter(description = "Source concept id", example = "bloom-filter") @PathParam("id") @ConceptId
                    String id,
            @Parameter(description = "Relation type from the vocabulary", example = "USED_IN") @PathParam("type")
                    String type,
            @Parameter(description = "Target concept id", example = "caching") @PathParam("targetId") @ConceptId
                    String targetId,
            @Parameter(description = "ETag of the source concept; 412 when stale", example = "\"v1.r42\"")
                    @HeaderParam("If-Match")
                    String ifMatch) {
        String from = id;
        String to = targetId;
        RelationType relationType = type(type, 404);
        writes.write("api", (tx, rev, changes) -> {
            CurationRepository.RelationState state = curation.relationState(tx, relationType, from, to);
            Preconditions.check(ifMatch, null, state.version());
            RelationView existing = state.existing();
            if (existing == null) {
                throw ProblemException.notFound(
                        "type", "No " + relationType.type() + " relation from '" + from + "' to '" + to + "'");
            }
            curation.deleteRelation(tx, relationType, from, to);
            changes.add(Change.relation(Op.DELETED, existing.from(), relationType.type(), existing.to()));
            return Writes.changed(true);
        });
        return Response.noContent().build();
    }

    /**
     * The relation as the graph cache holds it (for a symmetric type, stored in either direction), or null; 404 naming
     * the path parameter of whichever end does not exist.
     */
    private static RelationView stored(GraphView view, RelationType type, String from, String to) {
        if (view.info(from) == null) {
            throw NotFound.concept(from);
        }
        if (view.info(to) == null) {
            throw NotFound.targetConcept(to);
        }
        ConceptNode node = view.nodes(List.of(from)).get(from);
        for (boolean outgoing : type.symmetric() ? new boolean[] {true, false} : new boolean[] {true}) {
            for (ConceptNode.Rel r : node.relations(type.type(), outgoing)) {
                if (r.other().equals(to)) {
                    return new RelationView(
                            r.start(from),
                            type.type(),
                            r.end(from),
                            type.label(),
                            type.symmetric(),
                            r.reason(),
                            r.weight(),
                            r.origin());
                }
            }
        }
        return null;
    }

    private RelationType type(String raw, int statusWhenUnknown) {
        RelationType t = raw == null ? null : vocabulary.get(raw.trim());
        if (t == null) {
            String detail = "Unknown relation type '" + Params.abbreviate(String.valueOf(raw)) + "'; known types: "
                    + String.join(", ", vocabulary.names().stream().sorted().toList());
            throw statusWhenUnknown == 404
                    ? ProblemException.notFound("type", detail)
                    : ProblemException.of(ProblemType.UNKNOWN_RELATION_TYPE, "type", detail);
        }
        return t;
    }
}
