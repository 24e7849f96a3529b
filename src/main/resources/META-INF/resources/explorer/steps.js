// One explained path (related "why", paths between two concepts): each step names both ends, the relation read in
// the path's direction, and the reason for it; when the two concepts are joined by more than one relation, the others
// ("parallel") follow, each with its own reason.
import { h, link } from './dom.js';

export function pathSteps(path, cls = 'steps') {
    return h(
        'ol',
        { class: cls },
        path.relations.map((r, i) => {
            const a = path.concepts[i];
            const b = path.concepts[i + 1];
            return h(
                'li',
                {},
                h(
                    'span',
                    { class: 'step' },
                    link({ concept: a.id }, a.name),
                    ' ',
                    h('em', { class: 'rel' }, r.label),
                    ' ',
                    link({ concept: b.id }, b.name),
                ),
                r.reason ? h('span', { class: 'reason' }, r.reason) : null,
                ...(r.parallel || []).map((p) =>
                    h(
                        'span',
                        { class: 'parallel' },
                        h('span', { class: 'step' }, 'Also: ', a.name, ' ', h('em', { class: 'rel' }, p.label), ' ', b.name),
                        p.reason ? h('span', { class: 'reason' }, p.reason) : null,
                    ),
                ),
            );
        }),
    );
}
