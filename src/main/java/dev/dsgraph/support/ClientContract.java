package dev.dsgraph.support;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that make the spec usable by generated clients, applied to the whole document once at build time (from
 * {@link OpenApiErrors}) rather than repeated on every resource method:
 * <ul>
 *   <li>a schema only answered lists every property it always carries as {@code required}, declares
 *       {@code additionalProperties: true} and turns its enums into {@code x-extensible-enum}, so that clients get
 *       non-optional fields and keep working when a later version adds a field or an enum value;
 *   <li>a schema only sent declares {@code additionalProperties: false}: the service refuses unknown fields;
 *   <li>path parameters in the order of the URL;
 *   <li>every cached GET documents its {@code ETag}, takes {@code If-None-Match} and may answer 304;
 *   <li>every operation has a deliberate id (the build fails on a generated one) and every tag is described, in a
 *       deliberate order.
 * </ul>
 */
final class ClientContract {

    /**
     * Properties of answered schemas that the service leaves out when they have no value (records serialised with
     * {@code @JsonInclude(NON_NULL)}; the graph answer, whose members depend on {@code format}). Every other property of
     * an answered schema is always sent, as null where its schema allows null.
     */
    private static final Map<String, Set<String>> OPTIONAL = Map.of(
            "Change", Set.of("at", "type", "from", "to", "source"),
            "Figure", Set.of("note"),
            "Graph", Set.of("center", "depth", "truncated", "nodes", "edges", "elements"),
            "Problem", Set.of("detail", "instance", "parameter", "errors", "cycle"),
            "StudySource", Set.of("concept", "relation", "from", "to"));

    /** GETs answered without an ETag (read in a transaction of their own, not through {@link CachedReads}). */
    private static final Set<String> UNCACHED = Set.of("getRelation");

    private static final Map<String, String> TAGS = tags(
            "Concepts", "Concepts: list and read them; with an API key create, replace, patch and delete them",
            "Search", "Typo-tolerant search over names, aliases, summaries and details",
            "Related concepts", "Related concepts, ranked, each explained by its best path",
            "Paths", "Shortest connecting paths between two concepts, with the reason for every step",
            "Learning", "What to learn before a concept, and what it unlocks",
            "Graph views", "A concept's neighbourhood as nodes and edges for graph views",
            "Topics", "The sections of the study sheet as a hierarchy",
            "Relations", "The relation vocabulary, and one typed relation between two concepts: read, write, delete",
            "Study tools", "Flashcards, quizzes and study plans derived from the graph",
            "Import and export", "The whole graph as one graph-seed document, out and in",
            "Changes", "The change feed: what changed after a graph revision");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private ClientContract() {}

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answered = new HashSet<>();
        Set<String> sent = new HashSet<>();
        Set<String> usedTags = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, op) -> {
                if (op.getOperationId() == null || op.getOperationId().contains("_")) {
                    // the generator's Class_method is what generated clients would name the call: choose one
                    throw new IllegalStateException(
                            "Give " + method + " " + path + " an @Operation(operationId = ...) of its own");
                }
                orderPathParameters(path, op);
                if (method == PathItem.HttpMethod.GET && !UNCACHED.contains(op.getOperationId())) {
                    conditional(op);
                }
                op.getResponses().getAPIResponses().values().stream()
                        .filter(r -> r.getContent() != null)
                        .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                        .map(MediaType::getSchema)
                        .forEach(s -> collect(s, schemas, answered));
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().stream()
                            .map(MediaType::getSchema)
                            .forEach(s -> collect(s, schemas, sent));
                }
                if (op.getTags() != null) {
                    usedTags.addAll(op.getTags());
                }
            });
        });
        schemas.forEach((name, schema) -> {
            if (answered.contains(name) && !sent.contains(name)) {
                openForClients(name, schema);
            } else if (sent.contains(name) && !answered.contains(name)) {
                schema.setAdditionalPropertiesBoolean(false);
            }
        });
        if (!TAGS.keySet().containsAll(usedTags)) {
            throw new IllegalStateException("Describe every tag in ClientContract.TAGS: " + usedTags);
        }
        openAPI.setTags(new ArrayList<>());
        TAGS.forEach((name, description) -> {
            if (usedTags.contains(name)) {
                openAPI.addTag(OASFactory.createTag().name(name).description(description));
            }
        });
    }

    /** Path parameters first, in the order the URL names them; the others after, as they were. */
    private static void orderPathParameters(String path, Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        List<String> order = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            order.add(m.group(1));
        }
        List<Parameter> parameters = new ArrayList<>(op.getParameters());
        parameters.sort(Comparator.comparingInt(
                p -> p.getIn() == Parameter.In.PATH ? order.indexOf(p.getName()) : order.size()));
        op.setParameters(parameters);
    }

    /** ETag on the answer, If-None-Match taken, 304 while it still names the current answer. */
    private static void conditional(Operation op) {
        op.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(Parameter.In.HEADER)
                .description(
                        "The ETag of an earlier answer: 304 Not Modified, without a body, while it is still current")
                .example("\"r42\"")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        APIResponse ok = op.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", etag());
        }
        op.getResponses()
                .addAPIResponse(
                        "304",
                        OASFactory.createAPIResponse()
                                .description("Not modified: If-None-Match names the current answer")
                                .addHeader("ETag", etag()));
    }

    private static Header etag() {
        return OASFactory.createHeader()
                .description(
                        "Version of the answer (it changes with the graph revision); send it back as If-None-Match")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /** Adds the names of the component schemas {@code schema} uses, directly or through others, to {@code into}. */
    private static void collect(Schema schema, Map<String, Schema> schemas, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (into.add(name)) {
                collect(schemas.get(name), schemas, into);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collect(p, schemas, into));
        }
        collect(schema.getItems(), schemas, into);
        collect(schema.getAdditionalPropertiesSchema(), schemas, into);
        for (List<Schema> all : new ArrayList<>(
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf())))) {
            all.forEach(s -> collect(s, schemas, into));
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static void openForClients(String name, Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Set<String> optional = OPTIONAL.getOrDefault(name, Set.of());
        List<String> required = new ArrayList<>();
        schema.getProperties().keySet().stream()
                .filter(p -> !optional.contains(p))
                .forEach(required::add);
        schema.setRequired(required.isEmpty() ? null : required);
        if (schema.getAdditionalPropertiesBoolean() == null && schema.getAdditionalPropertiesSchema() == null) {
            schema.setAdditionalPropertiesBoolean(true);
        }
        schema.getProperties().values().forEach(p -> {
            extensible(p);
            extensible(p.getItems());
        });
    }

    /** A closed enum of an answer becomes open: the values are listed as known ones, not as the only ones. */
    private static void extensible(Schema schema) {
        if (schema != null && schema.getEnumeration() != null) {
            schema.addExtension("x-extensible-enum", new ArrayList<>(schema.getEnumeration()));
            schema.setEnumeration(null);
        }
    }

    private static Map<String, String> tags(String... namesAndDescriptions) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            tags.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
        }
        return tags;
    }
}
