// Topics: the study sheet's sections as a tree, and one topic with its sub-topics and concepts.
import { api } from './api.js';
import { h, link } from './dom.js';

export async function topicsView() {
    const res = await api.topics();
    const tree = (items) =>
        h(
            'ul',
            {},
            items.map((t) =>
                h(
                    'li',
                    {},
                    link({ topic: t.id }, t.name),
                    h('span', { class: 'hint' }, ` ${t.conceptCount} concept${t.conceptCount === 1 ? '' : 's'}`),
                    t.children?.length ? tree(t.children) : null,
                ),
            ),
        );
    const node = h(
        'article',
        { class: 'topics-view' },
        h('h1', { tabindex: '-1' }, 'Topics'),
        h(
            'p',
            { class: 'note' },
            'The sections of the distributed-systems study sheet. Search above for a concept, or open a topic.',
        ),
        h('nav', { class: 'tree', 'aria-label': 'Topic tree' }, tree(res.items)),
    );
    return { title: 'Topics', node };
}

export async function topicView(params) {
    const t = await api.topic(params.get('topic'));
    const node = h(
        'article',
        { class: 'topic-view' },
        h(
            'nav',
            { class: 'crumbs', 'aria-label': 'Breadcrumb' },
            h(
                'ol',
                {},
                h('li', {}, link({ view: 'topics' }, 'Topics')),
                (t.ancestors || []).map((a) => h('li', {}, link({ topic: a.id }, a.name))),
            ),
        ),
        h('h1', { tabindex: '-1' }, t.name),
        t.description ? h('p', { class: 'summary' }, t.description) : null,
        t.children?.length
            ? h(
                  'section',
                  { class: 'panel', 'aria-labelledby': 'sub-h' },
                  h('h2', { id: 'sub-h' }, 'Sub-topics'),
                  h(
                      'ul',
                      {},
                      t.children.map((c) => h('li', {}, link({ topic: c.id }, c.name))),
                  ),
              )
            : null,
        h(
            'section',
            { class: 'panel', 'aria-labelledby': 'tc-h' },
            h('h2', { id: 'tc-h' }, 'Concepts'),
            t.concepts?.length
                ? h(
                      'ul',
                      { class: 'concept-list' },
                      t.concepts.map((c) =>
                          h(
                              'li',
                              {},
                              link({ concept: c.id }, c.name),
                              h('span', { class: 'hint' }, ` ${c.summary || ''}`),
                          ),
                      ),
                  )
                : h('p', {}, 'No concepts directly in this topic; see its sub-topics.'),
        ),
    );
    return { title: t.name, node };
}
