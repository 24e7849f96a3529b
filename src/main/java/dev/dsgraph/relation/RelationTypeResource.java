package dev.dsgraph.relation;

import dev.dsgraph.support.CachedReads;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The relation vocabulary. */
@Path("/api/v1/relation-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relations")
public class RelationTypeResource {

    /** The vocabulary. */
    @Schema(name = "RelationTypeList")
    public record RelationTypes(
            List<RelationType> items,
            @Schema(examples = "13") int total) {}

    private final CachedReads reads;

    RelationTypeResource(CachedReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "listRelationTypes",
            summary = "The relation vocabulary",
            description = "Every relation type with its description, how it reads"
                    + " forwards and backwards, whether it is symmetric and whether it must stay acyclic.")
    @APIResponse(
            responseCode = "200",
            description = "The vocabulary",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RelationTypes.class),
                            examples = @ExampleObject(name = "vocabulary", value = """
                    {"items":[{"type":"PREREQUISITE_OF","label":"prerequisite of","inverse":"requires",
                    "description":"The source must be understood before the target.","symmetric":false,"acyclic":true,"weight":1.0}],"total":13}""")))
    public Response list(@Context Request request, @Context UriInfo uri) {
        return reads.get(request, view -> {
            List<RelationType> types = view.types().values().stream()
                    .sorted((a, b) -> a.type().compareTo(b.type()))
                    .toList();
            return new RelationTypes(types, types.size());
        });
    }
}
