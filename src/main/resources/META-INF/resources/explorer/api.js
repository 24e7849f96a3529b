// The public JSON API (openapi/openapi.yaml), and the errors a view shows kindly.

const BASE = '/api/v1';

/** An answer other than 2xx; `problem` is the RFC 9457 body when there is one. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || `HTTP ${status}`);
        this.status = status;
        this.problem = problem || {};
    }
}

/** The request never got an answer: the service is down or the network is gone. */
export class NetworkError extends Error {}

export async function get(path, params = {}, signal) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
        if (v !== undefined && v !== null && v !== '') q.set(k, Array.isArray(v) ? v.join(',') : v);
    }
    const url = BASE + path + (q.toString() ? `?${q}` : '');
    let res;
    try {
        res = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (e) {
        if (e.name === 'AbortError') throw e;
        throw new NetworkError(e.message);
    }
    if (!res.ok) {
        let problem = null;
        try {
            problem = await res.json();
        } catch {
            // not JSON: keep the status alone
        }
        throw new ApiError(res.status, problem);
    }
    return res.json();
}

const enc = encodeURIComponent;

export const api = {
    search: (q, limit, signal) => get('/search', { q, limit }, signal),
    concept: (id) => get(`/concepts/${enc(id)}`),
    related: (id, limit = 8) => get(`/concepts/${enc(id)}/related`, { limit }),
    learningPath: (id, known) => get(`/concepts/${enc(id)}/learning-path`, { known }),
    unlocks: (id) => get(`/concepts/${enc(id)}/unlocks`),
    graph: (id, depth, types) => get(`/concepts/${enc(id)}/graph`, { depth, types, format: 'cytoscape' }),
    paths: (from, to, maxLength) => get('/paths', { from, to, maxLength }),
    topics: () => get('/topics'),
    topic: (id) => get(`/topics/${enc(id)}`),
    relationTypes: () => get('/relation-types'),
};

// relation types hardly ever change: ask once per page load
let typesPromise;
export function relationTypes() {
    typesPromise ??= api
        .relationTypes()
        .then((r) => r.items)
        .catch((e) => {
            typesPromise = undefined;
            throw e;
        });
    return typesPromise;
}
