package dev.dsgraph.concept;

import dev.dsgraph.concept.ConceptModels.Concept;
import dev.dsgraph.support.CachedReads;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Params;
import dev.dsgraph.topic.TopicTrees;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading concepts: the paged list and one concept with its relations. */
@Path("/api/v1/concepts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concepts")
public class ConceptResource {

    public static final int MAX_PAGE_SIZE = 100;

    private final CachedReads reads;

    ConceptResource(CachedReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            summary = "List concepts",
            description = "Concepts sorted by name, paged, optionally filtered by topic"
                    + " (including its subtopics) and by tag.")
    @APIResponse(
            responseCode = "200",
            description = "One page of concepts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConceptModels.ConceptPage.class),
                            examples = @ExampleObject(name = "page", value = """
                            {"items":[{"id":"causality","name":"Causality","summary":"The happened-before relation between events.",
                            "topics":["causality"],"tags":["ordering","time"]}],"page":1,"size":1,"total":134}""")))
    public Response list(
            @Parameter(
                            description = "Page number, from 1",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100000",
                                            defaultValue = "1"),
                            example = "1")
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Page size, at most " + MAX_PAGE_SIZE,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"),
                            example = "20")
                    @QueryParam("size")
                    String size,
            @Parameter(description = "Only concepts in this topic or its subtopics (a topic id)", example = "hashing")
                    @QueryParam("topic")
                    String topic,
            @Parameter(description = "Only concepts with this tag", example = "ordering") @QueryParam("tag") String tag,
            @Context Request request,
            @Context UriInfo uri) {
        int p = Params.integer("page", page, 1, 1, 100_000);
        int s = Params.integer("size", size, 20, 1, MAX_PAGE_SIZE);
        String topicId = Params.optionalId("topic", topic);
        String tagValue = tag == null || tag.isBlank() ? null : Params.id("tag", tag);
        return reads.get(request, view -> {
            java.util.Set<String> topics = topicId == null ? null : TopicTrees.subtree(view, topicId);
            if (topicId != null && topics == null) {
                throw NotFound.topic(topicId);
            }
            return ConceptViews.list(view, topics, tagValue, p, s);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a concept",
            description = "The concept with all its fields and its relations grouped by"
                    + " type and direction; incoming relations are labelled with the type's inverse (\"requires\" for"
                    + " PREREQUISITE_OF), each with the other concept, the reason and the weight.")
    @APIResponse(
            responseCode = "200",
            description = "The concept",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Concept.class),
                            examples = @ExampleObject(name = "vector-clock", value = """
                            {"id":"vector-clock","name":"Vector clock","aliases":["vector clocks"],
                            "summary":"A vector of per-process counters that captures exactly which events causally precede which.",
                            "details":"Each process increments its own entry ...","topics":[{"id":"vector-clock","name":"Vector Clock"}],
                            "tags":["time","ordering"],"examples":[],"figures":[],"origin":"seed","version":1,
                            "relations":[{"type":"IMPLEMENTS","direction":"outgoing","label":"implements",
                            "concepts":[{"id":"causality","name":"Causality","reason":"Comparing two vectors tells whether one event happened before the other.","weight":0.95}]}]}""")))
    public Response get(
            @Parameter(description = "Concept id (lowercase kebab-case)", example = "vector-clock") @PathParam("id")
                    String id,
            @Context Request request,
            @Context UriInfo uri) {
        String conceptId = Params.id("id", id);
        return reads.get(
                request,
                view -> ConceptViews.find(view, conceptId).orElseThrow(() -> NotFound.concept(conceptId)),
                body -> "v" + ((Concept) body).version() + ".");
    }
}
