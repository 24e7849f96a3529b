// Paths view: how two concepts connect, step by step with the reason for each relation.
import { api } from './api.js';
import { h, href } from './dom.js';
import { combobox } from './search.js';
import { pathSteps } from './steps.js';

export async function pathsView(params, ctx) {
    const from = params.get('from') || '';
    const to = params.get('to') || '';
    const res = from && to ? await api.paths(from, to) : null;
    const name = (cid) => res?.paths.flatMap((p) => p.concepts).find((c) => c.id === cid)?.name || cid;

    const fromInput = h('input', {
        id: 'path-from',
        type: 'text',
        value: from ? name(from) : '',
        required: true,
        spellcheck: 'false',
    });
    const toInput = h('input', {
        id: 'path-to',
        type: 'text',
        value: to ? name(to) : '',
        required: true,
        spellcheck: 'false',
    });
    if (from) fromInput.dataset.id = from;
    if (to) toInput.dataset.id = to;
    const problem = h('p', { class: 'error-inline', role: 'alert' });
    const form = h(
        'form',
        {
            class: 'path-form',
            onsubmit: async (e) => {
                e.preventDefault();
                problem.textContent = '';
                const [a, b] = await Promise.all([resolve(fromInput), resolve(toInput)]);
                if (!a || !b) {
                    problem.textContent = `No concept matches “${(!a ? fromInput : toInput).value}”. Pick one from the suggestions.`;
                    return;
                }
                ctx.navigate(href({ from: a, to: b }));
            },
        },
        h('div', { class: 'field' }, h('label', { for: 'path-from' }, 'From'), fromInput),
        h('div', { class: 'field' }, h('label', { for: 'path-to' }, 'To'), toInput),
        h('button', { type: 'submit' }, 'Find paths'),
        problem,
    );

    const node = h(
        'article',
        { class: 'paths-view' },
        h('h1', { tabindex: '-1' }, res ? `From ${name(from)} to ${name(to)}` : 'How do two concepts connect?'),
        form,
    );
    if (res) node.append(results(res, name));
    const mounted = () => {
        combobox(fromInput, () => toInput.focus());
        combobox(toInput, () => {});
    };
    return { title: res ? `${name(from)} → ${name(to)}` : 'Paths', node, mounted };
}

async function resolve(input) {
    const text = input.value.trim();
    if (input.dataset.id) return input.dataset.id;
    if (!text) return null;
    const res = await api.search(text, 1).catch(() => ({ items: [] }));
    return res.items[0]?.id || null;
}

function results(res, name) {
    // the service lists each route (sequence of concepts) once, with parallel relations inside its steps
    const paths = res.paths;
    if (!paths.length) {
        return h(
            'p',
            { class: 'empty-result' },
            `No connection between ${name(res.from)} and ${name(res.to)} within ${res.maxLength} steps.`,
        );
    }
    return h(
        'ol',
        { class: 'path-list' },
        paths.map((p, i) =>
            h('li', {}, h('h2', {}, `Path ${i + 1}: ${p.length} step${p.length > 1 ? 's' : ''}`), pathSteps(p)),
        ),
    );
}
