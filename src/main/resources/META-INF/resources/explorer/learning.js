// Learning path: what to learn first, in order; "I know this" marks a step known (known.js) and the path is asked
// for again without it.
import { ApiError, api } from './api.js';
import { h, link, section } from './dom.js';
import { failed } from './errors.js';
import { forget, knownIds, knownName, markKnown } from './known.js';

// The learning path; when the API names a stored "known" id it no longer has, drop that id and ask again.
export async function loadLearningPath(id) {
    for (let tries = 0; ; tries++) {
        const known = knownIds().filter((k) => k !== id);
        try {
            return await api.learningPath(id, known.slice(-100));
        } catch (e) {
            const stale =
                e instanceof ApiError &&
                e.status === 404 &&
                e.problem.parameter === 'known' &&
                /'([^']+)'/.exec(e.problem.detail || '');
            if (!stale || tries > 5) throw e;
            forget(stale[1]);
        }
    }
}

export function learningSection(id, res, box, ctx) {
    if (res instanceof Error) return section('learning', 'Learn these first', failed(res));
    const recompute = async (message) => {
        const next = await loadLearningPath(id).catch((e) => e);
        box.replaceChildren(learningSection(id, next, box, ctx));
        box.querySelector('h2').focus();
        ctx.announce(next instanceof Error ? message : `${message} ${next.total} left to learn first.`);
    };
    const steps = res.order.map((cid) => res.levels.flatMap((l) => l.concepts).find((c) => c.id === cid));
    const body = [];
    if (!steps.length) {
        body.push(
            h(
                'p',
                { class: 'done' },
                res.skipped.length
                    ? 'Nothing left to learn first: you know every prerequisite.'
                    : 'No prerequisites: you can start here.',
            ),
        );
    } else {
        body.push(
            h(
                'p',
                { class: 'note' },
                `${steps.length} concept${steps.length > 1 ? 's' : ''}, in order. Mark the ones you know.`,
            ),
            h(
                'ol',
                { class: 'learning-list' },
                steps.map((c) =>
                    h(
                        'li',
                        { dataset: { id: c.id } },
                        h('div', {}, link({ concept: c.id }, c.name), h('span', { class: 'hint' }, ` ${c.summary}`)),
                        h(
                            'button',
                            {
                                type: 'button',
                                class: 'know',
                                'aria-label': `I know this: ${c.name}`,
                                onclick: () => {
                                    markKnown(c.id, c.name);
                                    recompute(`Marked ${c.name} as known.`);
                                },
                            },
                            'I know this',
                        ),
                    ),
                ),
            ),
        );
    }
    const marked = res.known.filter((k) => res.skipped.includes(k));
    if (marked.length) {
        body.push(
            h(
                'div',
                { class: 'known' },
                h('h3', {}, 'You know'),
                h(
                    'ul',
                    {},
                    marked.map((k) =>
                        h(
                            'li',
                            {},
                            link({ concept: k }, knownName(k)),
                            ' ',
                            h(
                                'button',
                                {
                                    type: 'button',
                                    class: 'forget',
                                    'aria-label': `Undo: ${knownName(k)}`,
                                    onclick: () => {
                                        forget(k);
                                        recompute(`${knownName(k)} is no longer marked as known.`);
                                    },
                                },
                                'Undo',
                            ),
                        ),
                    ),
                ),
            ),
        );
    }
    const s = section('learning', 'Learn these first', body);
    s.querySelector('h2').setAttribute('tabindex', '-1');
    return s;
}
