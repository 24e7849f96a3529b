package dev.dsgraph.concept;

import dev.dsgraph.concept.ConceptModels.Concept;
import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Reads;
import dev.dsgraph.topic.TopicTrees;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

/** Reading concepts: the paged list and one concept with its relations. */
@Path("/api/v1/concepts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Concepts")
class ConceptResource {

    public static final int MAX_PAGE_SIZE = 100;

    private final Reads reads;

    ConceptResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "listConcepts",
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
    public ConceptModels.ConceptPage list(
            @Parameter(description = "Page number, from 1", example = "1")
                    @QueryParam("page")
                    @DefaultValue("1")
                    @Min(1)
                    @Max(100_000)
                    int page,
            @Parameter(description = "Page size, at most " + MAX_PAGE_SIZE, example = "20")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(MAX_PAGE_SIZE)
                    int size,
            @Parameter(description = "Only concepts in this topic or its subtopics (a topic id)", example = "hashing")
                    @QueryParam("topic")
                    @ConceptId
                    String topic,
            @Parameter(description = "Only concepts with this tag", example = "ordering") @QueryParam("tag") @ConceptId
                    String tag) {
        String topicId = blankToNull(topic);
        String tagValue = blankToNull(tag);
        return reads.read(view -> {
            Set<String> topics = topicId == null ? null : TopicTrees.subtree(view, topicId);
            if (topicId != null && topics == null) {
                throw NotFound.topic(topicId);
            }
            return ConceptViews.list(view, topics, tagValue, page, size);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getConcept",
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
    public Concept get(
            @Parameter(description = "Concept id (lowercase kebab-case)", example = "vector-clock")
                    @PathParam("id")
                    @ConceptId
                    String id) {
        return reads.pinned(view -> ConceptViews.find(view, id).orElseThrow(() -> NotFound.concept(id)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
