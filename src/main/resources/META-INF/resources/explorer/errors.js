// Errors shown kindly: what happened in plain words, and what the reader can do next.
import { ApiError, NetworkError, api } from './api.js';
import { h, link } from './dom.js';

/** The view for a failed load; `what` names the thing asked for, e.g. {kind: 'concept', id: 'nope'}. */
export function errorView(err, what, retry) {
    const box = h('div', { class: 'error', role: 'alert' });
    const again = h('button', { type: 'button', onclick: retry }, 'Try again');
    if (err instanceof ApiError && err.status === 404) {
        const param = err.problem.parameter;
        const missing = param === 'from' || param === 'to' ? what[param] : what.id;
        box.append(
            h('h1', { tabindex: '-1' }, `No ${what.kind === 'topic' ? 'topic' : 'concept'} called “${missing}”`),
            h(
                'p',
                {},
                'It may be misspelled, or not (yet) in the graph. Try the search box above, or browse ',
                link({ view: 'topics' }, 'the topics'),
                '.',
            ),
        );
        if (what.kind !== 'topic') suggest(box, missing);
    } else if (err instanceof ApiError && err.status === 503) {
        box.append(
            h('h1', { tabindex: '-1' }, 'The knowledge graph is unavailable right now'),
            h(
                'p',
                {},
                'The service is running but cannot reach its database. This usually passes within a few seconds.',
            ),
            again,
        );
    } else if (err instanceof NetworkError) {
        box.append(
            h('h1', { tabindex: '-1' }, 'Cannot reach the service'),
            h(
                'p',
                {},
                'Your browser got no answer. Check that you are online and that the service is running, then try again.',
            ),
            again,
        );
    } else if (err instanceof ApiError && err.status < 500) {
        box.append(
            h('h1', { tabindex: '-1' }, 'That request was not understood'),
            h('p', {}, err.problem.detail || err.message),
        );
    } else {
        box.append(
            h('h1', { tabindex: '-1' }, 'Something went wrong'),
            h('p', {}, `The service answered with an error (${err.status || err.message}).`),
            again,
        );
    }
    return box;
}

// "Did you mean": search for the words of the unknown id
async function suggest(box, id) {
    const words = String(id || '')
        .replace(/[-_]+/g, ' ')
        .trim();
    if (words.length < 2) return;
    try {
        const res = await api.search(words, 5);
        if (!res.items.length) return;
        box.append(
            h('p', {}, 'Did you mean:'),
            h(
                'ul',
                { class: 'suggestions' },
                res.items.map((c) => h('li', {}, link({ concept: c.id }, c.name))),
            ),
        );
    } catch {
        // no suggestions then
    }
}

/** A short note in place of one part of a view that could not be loaded. */
export function failed(e) {
    return h(
        'p',
        { class: 'error-inline' },
        `Could not load this part (${e.status ? `HTTP ${e.status}` : 'no answer'}).`,
    );
}
