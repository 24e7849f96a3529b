// Calls every operation of the API through the typescript-fetch client generated from openapi/openapi.yaml, and prints
// one JSON line per fact read from a typed answer ({"fact": [operationId, text]}), per HTTP exchange
// ({"traffic": "METHOD /path STATUS"}) and per failure ({"error": [operationId, message]}). GeneratedClientsTest runs it
// against the service under test with: node dist/calls.js <base URL> <API key> <id prefix>, and compares the facts with
// the Java client's.
import {
    ChangesApi,
    ConceptsApi,
    Configuration,
    GraphViewsApi,
    ImportAndExportApi,
    LearningApi,
    PathsApi,
    RelatedConceptsApi,
    RelationsApi,
    SearchApi,
    StudyToolsApi,
    TopicsApi,
} from "./generated";

declare const process: { argv: string[]; exitCode?: number };

const [base, key, prefix] = process.argv.slice(2);

const config = new Configuration({
    basePath: base.replace(/\/$/, ""),
    accessToken: key,
    // logs every exchange; as the spec says a client should, retries a 503 or 429 after its Retry-After delay
    fetchApi: async (input: RequestInfo | URL, init?: RequestInit) => {
        for (let attempt = 1; ; attempt++) {
            const response = await fetch(input, init);
            const url = new URL(input.toString());
            console.log(JSON.stringify({ traffic: `${init?.method ?? "GET"} ${url.pathname} ${response.status}` }));
            if ((response.status !== 503 && response.status !== 429) || attempt === 5) {
                return response;
            }
            const seconds = Math.min(Number(response.headers.get("Retry-After") ?? "1") || 1, 5);
            await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        }
    },
});

const concepts = new ConceptsApi(config);
const relations = new RelationsApi(config);
const exchange = new ImportAndExportApi(config);
const changes = new ChangesApi(config);
const study = new StudyToolsApi(config);

async function fact(operationId: string, call: () => Promise<string>): Promise<void> {
    try {
        const text = (await call()).split(prefix).join("P");
        console.log(JSON.stringify({ fact: [operationId, text] }));
    } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        const body = (e as { response?: Response }).response ? await (e as { response: Response }).response.text() : "";
        console.log(JSON.stringify({ error: [operationId, `${detail} ${body}`] }));
        process.exitCode = 1;
    }
}

async function main(): Promise<void> {
    const start = (await changes.listChanges({ since: 0, page: 1, size: 1 })).revision;

    await fact("listConcepts", async () => {
        const page = await concepts.listConcepts({ page: 2, size: 100 });
        return `${page.items.length}:${page.items.some((c) => c.id === "vector-clock")}`;
    });
    await fact("getConcept", async () => (await concepts.getConcept({ id: "vector-clock" })).name);
    await fact("searchConcepts", async () => {
        const hit = (await new SearchApi(config).searchConcepts({ q: "vectr clock", limit: 5 })).items[0];
        return `${hit.id}:${hit.matchedAlias}`;
    });
    await fact("listRelated", async () => {
        const related = await new RelatedConceptsApi(config).listRelated({
            id: "vector-clock",
            limit: 5,
            maxDepth: 2,
            types: ["IMPLEMENTS", "IS_A", "PREREQUISITE_OF"],
        });
        return related.items.map((r) => r.id).join(",");
    });
    await fact("findPaths", async () => {
        const found = await new PathsApi(config).findPaths({ from: "vector-clock", to: "partial-order", maxLength: 6 });
        return found.paths[0].concepts.map((c) => c.id).join(">");
    });
    const learning = new LearningApi(config);
    await fact("getLearningPath", async () => {
        const path = await learning.getLearningPath({ id: "vector-clock", known: ["partial-order", "latency"] });
        return `${path.known.join(",")}|${path.order.join(",")}`;
    });
    await fact("listUnlocks", async () => {
        const unlocks = await learning.listUnlocks({ id: "partial-order" });
        return `${unlocks.total}:${unlocks.items.some((u) => u.id === "vector-clock")}`;
    });
    await fact("getGraph", async () => {
        const graphs = new GraphViewsApi(config);
        const types = ["IMPLEMENTS", "PREREQUISITE_OF"];
        const plain = await graphs.getGraph({ id: "vector-clock", depth: 1, types });
        const cytoscape = await graphs.getGraph({ id: "vector-clock", depth: 1, types, format: "cytoscape" });
        return `${plain.center}:${plain.nodes?.length}:${plain.edges?.length}:${cytoscape.elements?.nodes.length}`;
    });
    const topics = new TopicsApi(config);
    await fact("getTopicTree", async () => (await topics.getTopicTree()).items[0].id);
    await fact("getTopic", async () => (await topics.getTopic({ id: "hashing" })).name);
    await fact("listRelationTypes", async () => {
        const types = await relations.listRelationTypes();
        return types.items.some((t) => t.type === "PREREQUISITE_OF" && t.acyclic) + ":" + types.total;
    });
    await fact("exportGraph", async () => {
        const doc = await exchange.exportGraph();
        return `${doc.relationTypes?.some((t) => t.type === "USED_IN")}:${doc.concepts?.some((c) => c.id === "vector-clock")}`;
    });
    await fact("listFlashcards", async () => {
        const deck = await study.listFlashcards({
            concepts: ["vector-clock"],
            kinds: ["definition", "contrast"],
            format: "json",
        });
        return deck.items.map((c) => c.kind).join(",");
    });
    await fact("getQuiz", async () => {
        const quiz = await study.getQuiz({ topic: "hashing", count: 3, seed: 7 });
        return quiz.items.map((q) => `${q.kind}/${q.options.length}`).join(",");
    });
    await fact("getStudyPlan", async () => {
        const plan = await study.getStudyPlan({ goal: "vector-clock", known: ["partial-order"], sessionSize: 3 });
        return `${plan.goal}:${plan.sessions.length}:${plan.sessions[0].concepts.length}`;
    });

    // writes, on concepts of this client's own
    await fact("putConcept", async () => {
        const created = await concepts.putConcept({
            id: prefix,
            ifNoneMatch: "*",
            conceptInput: {
                name: `Client test ${prefix}`,
                summary: "A concept written by a generated client.",
                details: "More.",
                topics: ["hashing"],
            },
        });
        return `${created.version}:${created.details}`;
    });
    await fact("patchConcept", async () => {
        const patched = await concepts.patchConcept({
            id: prefix,
            conceptPatch: { details: null, summary: "Patched by a generated client." },
        });
        return `${patched.version}:[${patched.details}]:${patched.summary}`;
    });
    await fact("putRelation", async () => {
        const relation = await relations.putRelation({
            id: prefix,
            type: "USED_IN",
            targetId: "caching",
            relationInput: { reason: "A generated client wrote this.", weight: 0.5 },
        });
        return `${relation.label}:${relation.origin}`;
    });
    await fact("getRelation", async () => {
        const relation = await relations.getRelation({ id: prefix, type: "USED_IN", targetId: "caching" });
        return `${relation.from}>${relation.to}:${relation.reason}`;
    });
    await fact("deleteRelation", async () => {
        await relations.deleteRelation({ id: prefix, type: "USED_IN", targetId: "caching" });
        return "deleted";
    });
    await fact("importGraph", async () => {
        const report = await exchange.importGraph({
            idempotencyKey: `${prefix}-${Date.now()}`,
            graphDocument: {
                concepts: [
                    {
                        id: `${prefix}-imported`,
                        name: `Client import ${prefix}`,
                        summary: "Imported by a generated client.",
                        topics: ["hashing"],
                    },
                ],
                relations: [
                    { from: `${prefix}-imported`, type: "USED_IN", to: "caching", reason: "Imported.", weight: 0.5 },
                ],
            },
        });
        return `${report.conceptsCreated}:${report.relationsCreated}`;
    });
    await fact("deleteConcept", async () => {
        await concepts.deleteConcept({ id: `${prefix}-imported` });
        await concepts.deleteConcept({ id: prefix });
        return "deleted";
    });
    await fact("listChanges", async () => {
        const page = await changes.listChanges({ since: start, page: 1, size: 500 });
        return page.items
            .filter((c) => c.id.includes(prefix))
            .map((c) => `${c.op} ${c.entity} ${c.id}`)
            .join(",");
    });
}

main().catch((e) => {
    console.log(JSON.stringify({ error: ["main", String(e)] }));
    process.exitCode = 1;
});
