package dev.dsgraph.topic;

import dev.dsgraph.support.ConceptId;
import dev.dsgraph.support.NotFound;
import dev.dsgraph.support.Reads;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The study sheet's sections as a browsable hierarchy. */
@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
class TopicResource {

    private final Reads reads;

    TopicResource(Reads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(
            operationId = "getTopicTree",
            summary = "The topic hierarchy",
            description = "Every section of the study sheet as a tree, each topic"
                    + " with the concepts directly in it, its subtopics, and the number of concepts under it.")
    @APIResponse(
            responseCode = "200",
            description = "The hierarchy",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TopicModels.TopicTree.class),
                            examples = @ExampleObject(name = "tree", value = """
                    {"items":[{"id":"distributed-systems","name":"Distributed Systems","description":"...","conceptCount":134,"concepts":[],
                    "children":[{"id":"hashing","name":"Hashing","description":"...","conceptCount":10,
                    "concepts":[{"id":"hash-function","name":"Hash function","summary":"..."}],"children":[]}]}],"total":36}""")))
    public TopicModels.TopicTree tree() {
        return reads.read(TopicTrees::tree);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getTopic",
            summary = "Get a topic",
            description = "One topic with its ancestors, its subtopics and its concepts.")
    @APIResponse(
            responseCode = "200",
            description = "The topic",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TopicModels.TopicDetail.class),
                            examples = @ExampleObject(name = "hashing", value = """
                    {"id":"hashing","name":"Hashing","description":"...","ancestors":[{"id":"distributed-systems","name":"Distributed Systems"}],
                    "children":[{"id":"consistent-hashing","name":"Consistent Hashing"}],
                    "concepts":[{"id":"hash-function","name":"Hash function","summary":"..."}],"conceptCount":10}""")))
    public TopicModels.TopicDetail get(
            @Parameter(description = "Topic id", example = "hashing") @PathParam("id") @ConceptId String id) {
        return reads.read(view -> TopicTrees.find(view, id).orElseThrow(() -> NotFound.topic(id)));
    }
}
