// Concept view: the concept's fields, its relations grouped by type, related concepts with their "why",
// the learning path (learning.js), and what the concept unlocks.
import { api } from './api.js';
import { h, link, section } from './dom.js';
import { failed } from './errors.js';
import { learningSection, loadLearningPath } from './learning.js';
import { pathSteps } from './steps.js';
import { typeColor } from './colors.js';

/** Tabs shared by the concept and graph views. */
export function conceptTabs(id, current) {
    const tab = (view, label) =>
        h(
            'a',
            {
                href: view ? `/?concept=${encodeURIComponent(id)}&view=${view}` : `/?concept=${encodeURIComponent(id)}`,
                'aria-current': current === (view || 'concept') ? 'page' : null,
            },
            label,
        );
    return h('nav', { class: 'tabs', 'aria-label': 'Concept views' }, tab(null, 'Overview'), tab('graph', 'Graph'));
}

export async function conceptView(params, ctx) {
    const id = params.get('concept');
    // all four requests start at once; the concept shows as soon as its own answer is in, the rest fill in after
    const related = api.related(id).catch((e) => e);
    const learning = loadLearningPath(id).catch((e) => e);
    const unlocks = api.unlocks(id).catch((e) => e);
    const concept = await api.concept(id);
    const learningBox = h('div', {});
    const relatedSlot = pending('related', 'Related');
    const learningSlot = pending('learning', 'Learn these first');
    const unlocksSlot = pending('unlocks', 'Unlocks');
    learningBox.append(learningSlot);
    const node = h(
        'article',
        { class: 'concept' },
        conceptTabs(id, 'concept'),
        header(concept),
        h(
            'div',
            { class: 'columns' },
            h('div', { class: 'col' }, relations(concept), relatedSlot),
            h('div', { class: 'col' }, learningBox, unlocksSlot),
        ),
    );
    const done = Promise.all([
        related.then((r) => relatedSlot.replaceWith(relatedSection(r))),
        learning.then((r) => learningSlot.replaceWith(learningSection(id, r, learningBox, ctx))),
        unlocks.then((r) => unlocksSlot.replaceWith(unlocksSection(r))),
    ]);
    return { title: concept.name, node, done };
}

// a section whose content is still on its way
function pending(id, title) {
    const s = section(id, title, h('p', { class: 'loading' }, 'Loading…'));
    s.setAttribute('aria-busy', 'true');
    return s;
}

function header(c) {
    return h(
        'header',
        { class: 'concept-head' },
        h('h1', { tabindex: '-1' }, c.name),
        c.aliases?.length ? h('p', { class: 'aliases' }, 'Also called: ', c.aliases.join(', ')) : null,
        h('p', { class: 'summary' }, c.summary),
        c.details ? h('p', { class: 'details' }, c.details) : null,
        c.examples?.length
            ? h(
                  'div',
                  { class: 'examples' },
                  h('h2', {}, 'Examples'),
                  h(
                      'ul',
                      {},
                      c.examples.map((e) => h('li', {}, e)),
                  ),
              )
            : null,
        c.figures?.length
            ? h(
                  'div',
                  { class: 'figures' },
                  h('h2', {}, 'Key figures'),
                  h(
                      'ul',
                      {},
                      c.figures.map((f) =>
                          h('li', {}, `${f.name}: ${f.value} ${f.unit}`, f.note ? ` (${f.note})` : ''),
                      ),
                  ),
              )
            : null,
        c.topics?.length
            ? h(
                  'p',
                  { class: 'topics' },
                  'Topics: ',
                  c.topics.map((t, i) => [i ? ', ' : '', link({ topic: t.id }, t.name)]),
              )
            : null,
    );
}

function relations(c) {
    if (!c.relations?.length) return section('relations', 'Relations', h('p', {}, 'No relations yet.'));
    return section(
        'relations',
        'Relations',
        c.relations.map((g) =>
            h(
                'div',
                { class: 'group', dataset: { type: g.type, direction: g.direction } },
                h(
                    'h3',
                    {},
                    h('span', { class: 'swatch', style: `background:${typeColor(g.type)}`, 'aria-hidden': 'true' }),
                    `${c.name} ${g.label}`,
                ),
                h(
                    'ul',
                    {},
                    g.concepts.map((o) =>
                        h(
                            'li',
                            {},
                            link({ concept: o.id }, o.name),
                            o.reason ? h('span', { class: 'reason' }, o.reason) : null,
                        ),
                    ),
                ),
            ),
        ),
    );
}

function relatedSection(res) {
    if (res instanceof Error) return section('related', 'Related', failed(res));
    if (!res.items.length) return section('related', 'Related', h('p', {}, 'Nothing related yet.'));
    return section(
        'related',
        'Related',
        h('p', { class: 'note' }, 'Ranked by how strongly the graph connects them; each with why.'),
        h(
            'ol',
            { class: 'related-list' },
            res.items.map((r) =>
                h(
                    'li',
                    {},
                    link({ concept: r.id }, r.name),
                    h('span', { class: 'hint' }, ` ${r.distance === 1 ? 'directly' : `${r.distance} steps away`}`),
                    h('div', { class: 'why' }, h('span', { class: 'why-label' }, 'Why: '), pathSteps(r.explanation)),
                ),
            ),
        ),
    );
}

function unlocksSection(res) {
    if (res instanceof Error) return section('unlocks', 'Unlocks', failed(res));
    if (!res.items.length)
        return section('unlocks', 'Unlocks', h('p', {}, `${res.name} is not a prerequisite of anything yet.`));
    return section(
        'unlocks',
        'Unlocks',
        h('p', { class: 'note' }, `Knowing ${res.name} opens up ${res.total} concept${res.total > 1 ? 's' : ''}.`),
        h(
            'ul',
            { class: 'unlock-list' },
            res.items.map((u) =>
                h(
                    'li',
                    {},
                    link({ concept: u.id }, u.name),
                    h('span', { class: 'hint' }, u.direct ? ' directly' : ` after ${u.distance - 1} more`),
                ),
            ),
        ),
    );
}
