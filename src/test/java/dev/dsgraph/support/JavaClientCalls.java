package dev.dsgraph.support;

import dev.dsgraph.client.ApiClient;
import dev.dsgraph.client.ApiException;
import dev.dsgraph.client.api.ChangesApi;
import dev.dsgraph.client.api.ConceptsApi;
import dev.dsgraph.client.api.GraphViewsApi;
import dev.dsgraph.client.api.ImportAndExportApi;
import dev.dsgraph.client.api.LearningApi;
import dev.dsgraph.client.api.PathsApi;
import dev.dsgraph.client.api.RelatedConceptsApi;
import dev.dsgraph.client.api.RelationsApi;
import dev.dsgraph.client.api.SearchApi;
import dev.dsgraph.client.api.StudyToolsApi;
import dev.dsgraph.client.api.TopicsApi;
import dev.dsgraph.client.model.ConceptInput;
import dev.dsgraph.client.model.ConceptPatch;
import dev.dsgraph.client.model.FlashcardFormat;
import dev.dsgraph.client.model.Graph;
import dev.dsgraph.client.model.GraphDocument;
import dev.dsgraph.client.model.GraphFormat;
import dev.dsgraph.client.model.RelationInput;
import dev.dsgraph.client.model.SearchHit;
import dev.dsgraph.client.model.SeedConcept;
import dev.dsgraph.client.model.SeedRelation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls every operation through the Java native client generated from the committed spec and reads one fact from each
 * typed answer: the same calls and facts as src/test/typescript/calls.ts, so that both clients can be compared.
 */
class JavaClientCalls {

    /** A call whose answer is summed up as text. */
    interface Call {
        String run() throws ApiException;
    }

    private final ApiClient client;
    private final String prefix;
    private final Map<String, String> facts = new LinkedHashMap<>();

    JavaClientCalls(ApiClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    private void fact(String operationId, Call call) {
        try {
            facts.put(operationId, retrying(call).replace(prefix, "P"));
        } catch (ApiException e) {
            facts.put(operationId, "failed: " + e.getCode() + " " + e.getMessage() + " " + e.getResponseBody());
        }
    }

    /** As the spec says a client should: a 503 or 429 is retried after its Retry-After delay (a few times). */
    private static String retrying(Call call) throws ApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (ApiException e) {
                if (e.getCode() != 503 && e.getCode() != 429 || attempt == 5) {
                    throw e;
                }
                long seconds =
                        e.getResponseHeaders().firstValueAsLong("Retry-After").orElse(1);
                try {
                    Thread.sleep(Math.min(seconds, 5) * 1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Operation id to fact, in call order. */
    Map<String, String> run() throws ApiException {
        var concepts = new ConceptsApi(client);
        var relations = new RelationsApi(client);
        var exchange = new ImportAndExportApi(client);
        var changes = new ChangesApi(client);
        var study = new StudyToolsApi(client);
        // the revision a client keeps is what it passes as since: both are int64
        Long start = Long.valueOf(retrying(
                () -> String.valueOf(changes.listChanges(1, 0L, 1, null).getRevision())));

        fact("listConcepts", () -> {
            var page = concepts.listConcepts(2, 100, null, null, null);
            return page.getItems().size() + ":"
                    + page.getItems().stream().anyMatch(c -> c.getId().equals("vector-clock"));
        });
        fact("getConcept", () -> concepts.getConcept("vector-clock", null).getName());
        fact("searchConcepts", () -> {
            SearchHit hit = new SearchApi(client)
                    .searchConcepts("vectr clock", 5, null)
                    .getItems()
                    .get(0);
            return hit.getId() + ":" + hit.getMatchedAlias();
        });
        fact(
                "listRelated",
                () -> new RelatedConceptsApi(client)
                                .listRelated(
                                        "vector-clock", 5, 2, List.of("IMPLEMENTS", "IS_A", "PREREQUISITE_OF"), null)
                                .getItems()
                                .stream()
                                .map(r -> r.getId())
                                .collect(Collectors.joining(",")));
        fact(
                "findPaths",
                () -> new PathsApi(client)
                                .findPaths("vector-clock", "partial-order", 6, null, null)
                                .getPaths()
                                .get(0)
                                .getConcepts()
                                .stream()
                                .map(c -> c.getId())
                                .collect(Collectors.joining(">")));
        var learning = new LearningApi(client);
        fact("getLearningPath", () -> {
            var path = learning.getLearningPath("vector-clock", List.of("partial-order", "latency"), null, null);
            return String.join(",", path.getKnown()) + "|" + String.join(",", path.getOrder());
        });
        fact("listUnlocks", () -> {
            var unlocks = learning.listUnlocks("partial-order", null, null);
            return unlocks.getTotal() + ":"
                    + unlocks.getItems().stream().anyMatch(u -> u.getId().equals("vector-clock"));
        });
        fact("getGraph", () -> {
            var graphs = new GraphViewsApi(client);
            List<String> types = List.of("IMPLEMENTS", "PREREQUISITE_OF");
            Graph plain = graphs.getGraph("vector-clock", 1, null, types, null);
            Graph cytoscape = graphs.getGraph("vector-clock", 1, GraphFormat.CYTOSCAPE, types, null);
            return plain.getCenter() + ":" + plain.getNodes().size() + ":"
                    + plain.getEdges().size() + ":"
                    + cytoscape.getElements().getNodes().size();
        });
        var topics = new TopicsApi(client);
        fact("getTopicTree", () -> topics.getTopicTree(null).getItems().get(0).getId());
        fact("getTopic", () -> topics.getTopic("hashing", null).getName());
        fact("listRelationTypes", () -> {
            var types = relations.listRelationTypes(null);
            return types.getItems().stream().anyMatch(t -> t.getType().equals("PREREQUISITE_OF") && t.getAcyclic())
                    + ":" + types.getTotal();
        });
        fact("exportGraph", () -> {
            GraphDocument doc = exchange.exportGraph(null);
            return doc.getRelationTypes().stream().anyMatch(t -> t.getType().equals("USED_IN")) + ":"
                    + doc.getConcepts().stream().anyMatch(c -> c.getId().equals("vector-clock"));
        });
        fact(
                "listFlashcards",
                () -> study
                        .listFlashcards(
                                List.of("vector-clock"),
                                FlashcardFormat.JSON,
                                List.of("definition", "contrast"),
                                null,
                                null,
                                null)
                        .getItems()
                        .stream()
                        .map(c -> c.getKind())
                        .collect(Collectors.joining(",")));
        fact(
                "getQuiz",
                () -> study.getQuiz(null, 3, null, 7, "hashing", null).getItems().stream()
                        .map(q -> q.getKind() + "/" + q.getOptions().size())
                        .collect(Collectors.joining(",")));
        fact("getStudyPlan", () -> {
            var plan = study.getStudyPlan("vector-clock", List.of("partial-order"), 3, null);
            return plan.getGoal() + ":" + plan.getSessions().size() + ":"
                    + plan.getSessions().get(0).getConcepts().size();
        });

        // writes, on concepts of this client's own
        fact("putConcept", () -> {
            var created = concepts.putConcept(
                    prefix,
                    new ConceptInput()
                            .name("Client test " + prefix)
                            .summary("A concept written by a generated client.")
                            .details("More.")
                            .topics(List.of("hashing")),
                    null,
                    "*");
            return created.getVersion() + ":" + created.getDetails();
        });
        fact("patchConcept", () -> {
            // details(null) is sent as "details": null, which removes the field
            var patched = concepts.patchConcept(
                    prefix, new ConceptPatch().details(null).summary("Patched by a generated client."), null);
            return patched.getVersion() + ":[" + patched.getDetails() + "]:" + patched.getSummary();
        });
        fact("putRelation", () -> {
            var relation = relations.putRelation(
                    prefix,
                    "USED_IN",
                    "caching",
                    new RelationInput().reason("A generated client wrote this.").weight(0.5),
                    null);
            return relation.getLabel() + ":" + relation.getOrigin();
        });
        fact("getRelation", () -> {
            var relation = relations.getRelation(prefix, "USED_IN", "caching");
            return relation.getFrom() + ">" + relation.getTo() + ":" + relation.getReason();
        });
        fact("deleteRelation", () -> {
            relations.deleteRelation(prefix, "USED_IN", "caching", null);
            return "deleted";
        });
        fact("importGraph", () -> {
            var report = exchange.importGraph(
                    new GraphDocument()
                            .concepts(List.of(new SeedConcept()
                                    .id(prefix + "-imported")
                                    .name("Client import " + prefix)
                                    .summary("Imported by a generated client.")
                                    .topics(List.of("hashing"))))
                            .relations(List.of(new SeedRelation()
                                    .from(prefix + "-imported")
                                    .type("USED_IN")
                                    .to("caching")
                                    .reason("Imported.")
                                    .weight(0.5))),
                    prefix + "-" + System.nanoTime());
            return report.getConceptsCreated() + ":" + report.getRelationsCreated();
        });
        fact("deleteConcept", () -> {
            concepts.deleteConcept(prefix + "-imported", null);
            concepts.deleteConcept(prefix, null);
            return "deleted";
        });
        fact(
                "listChanges",
                () -> changes.listChanges(1, start, 500, null).getItems().stream()
                        .filter(c -> c.getId().contains(prefix))
                        .map(c -> c.getOp() + " " + c.getEntity() + " " + c.getId())
                        .collect(Collectors.joining(",")));
        return facts;
    }
}
