// Graph view: the concept's neighbourhood in Cytoscape.js (loaded only here), depth 1 or 2, filtered by relation
// type; edges labelled and coloured by type with a legend; a node click opens that concept. The same relations are
// listed as text below the picture for keyboards and screen readers.
import { api, relationTypes } from './api.js';
import { conceptTabs } from './concept.js';
import { typeColor } from './colors.js';
import { h, href, link } from './dom.js';

// above this many edges, only the center's edges and those of the node under the pointer are labelled
const BUSY_EDGES = 12;
const HUB_EDGES = 30; // and above this many, the rings are packed closer

export async function graphView(params, ctx) {
    const id = params.get('concept');
    const depth = params.get('depth') === '2' ? 2 : 1;
    const wanted = (params.get('types') || '').split(',').filter(Boolean);
    const [graph, vocab, cytoscape] = await Promise.all([
        api.graph(id, depth, wanted),
        relationTypes(),
        import('./vendor/cytoscape.esm.min.js').then((m) => m.default),
    ]);
    const nodes = graph.elements.nodes || [];
    const edges = graph.elements.edges || [];
    const center = nodes.find((n) => n.data.id === id)?.data.label || id;
    const names = new Map(nodes.map((n) => [n.data.id, n.data.label]));
    const present = vocab.filter((t) => edges.some((e) => e.data.type === t.type));

    const go = (changes) => {
        const p = { concept: id, view: 'graph', depth, types: wanted.join(',') };
        ctx.navigate(href({ ...p, ...changes }));
    };
    const controls = h(
        'form',
        { class: 'graph-controls', onsubmit: (e) => e.preventDefault() },
        h(
            'fieldset',
            { class: 'depth' },
            h('legend', {}, 'Depth'),
            [1, 2].map((d) =>
                h(
                    'label',
                    {},
                    h('input', {
                        type: 'radio',
                        name: 'depth',
                        value: d,
                        checked: d === depth,
                        onchange: () => go({ depth: d }),
                    }),
                    d === 1 ? ' Direct neighbours' : ' Two steps',
                ),
            ),
        ),
        typesBox(
            wanted.length ? `${wanted.length} of ${vocab.length} relation types shown` : 'All relation types shown',
            wanted.length > 0,
            h('legend', { class: 'sr-only' }, 'Relation types'),
            vocab.map((t) =>
                h(
                    'label',
                    {},
                    h('input', {
                        type: 'checkbox',
                        value: t.type,
                        checked: !wanted.length || wanted.includes(t.type),
                        onchange: (e) => {
                            const boxes = [...e.target.form.querySelectorAll('.types input')];
                            const on = boxes.filter((b) => b.checked).map((b) => b.value);
                            go({ types: on.length === boxes.length ? '' : on.join(',') || t.type });
                        },
                    }),
                    h('span', { class: 'swatch', style: `background:${typeColor(t.type)}`, 'aria-hidden': 'true' }),
                    ` ${t.label}`,
                ),
            ),
        ),
    );

    const canvas = h('div', {
        class: 'graph',
        id: 'graph',
        role: 'img',
        'aria-label':
            `Graph of ${center} and ${nodes.length - 1} concepts around it, ${edges.length} relations. ` +
            'The same relations are listed as text below.',
    });
    const legend = h(
        'div',
        { class: 'legend' },
        h('h2', {}, 'Legend'),
        h(
            'ul',
            {},
            present.map((t) =>
                h(
                    'li',
                    {},
                    h('span', { class: 'line', style: `background:${typeColor(t.type)}`, 'aria-hidden': 'true' }),
                    ` ${t.label}${t.symmetric ? ' (both ways, dashed)' : ' →'}`,
                ),
            ),
        ),
    );
    const list = h(
        'details',
        { class: 'edge-list' },
        h('summary', {}, `All ${edges.length} relations as text`),
        h(
            'ul',
            {},
            edges.map((e) =>
                h(
                    'li',
                    {},
                    link({ concept: e.data.source }, names.get(e.data.source)),
                    ' ',
                    h('em', {}, e.data.label),
                    ' ',
                    link({ concept: e.data.target }, names.get(e.data.target)),
                ),
            ),
        ),
    );

    const node = h(
        'article',
        { class: 'graph-view' },
        conceptTabs(id, 'graph'),
        h('h1', { tabindex: '-1' }, `${center}: graph`),
        h(
            'p',
            { class: 'note' },
            graph.truncated ? 'Showing part of a very large neighbourhood. ' : '',
            'Click a concept to open it. Scroll or pinch to zoom, drag to pan.',
            edges.length > BUSY_EDGES ? ' Point at a concept to label its relations.' : '',
        ),
        controls,
        h('div', { class: 'graph-wrap' }, canvas, legend),
        list,
    );

    const mounted = () => {
        const hub = edges.length > HUB_EDGES;
        const cy = cytoscape({
            container: canvas,
            elements: {
                nodes,
                edges: edges.map((e) => ({ ...e, data: { ...e.data, color: typeColor(e.data.type) } })),
            },
            style: style(),
            layout: {
                name: 'concentric',
                concentric: (n) => 10 - (n.data('distance') || 0),
                levelWidth: () => 1,
                minNodeSpacing: hub ? 44 : 60,
                spacingFactor: hub ? 1 : 1.5,
                animate: false,
                padding: 24,
            },
            minZoom: 0.2,
            maxZoom: 3,
        });
        if (cy.zoom() > 1.2) {
            // a small neighbourhood would otherwise be blown up to fill the box
            cy.zoom(1.2);
            cy.center();
        }
        const busy = edges.length > BUSY_EDGES;
        const reveal = (n) => {
            if (!busy) return;
            cy.edges().addClass('quiet');
            cy.getElementById(id).connectedEdges().removeClass('quiet');
            n.connectedEdges().removeClass('quiet');
        };
        reveal(cy.getElementById(id));
        cy.on('mouseover', 'node', (e) => reveal(e.target));
        cy.on('tap', 'node', (e) => ctx.navigate(href({ concept: e.target.id() })));
        window.explorerGraph = cy; // for tests and the curious: the live Cytoscape instance
        return () => {
            cy.destroy();
            if (window.explorerGraph === cy) delete window.explorerGraph;
        };
    };
    return { title: `${center}: graph`, node, mounted };
}

function style() {
    return [
        {
            selector: 'node',
            style: {
                label: 'data(label)',
                'font-size': 11,
                color: '#1b1f23',
                'text-valign': 'bottom',
                'text-margin-y': 3,
                'text-wrap': 'wrap',
                'text-max-width': 110,
                'text-background-color': '#fff',
                'text-background-opacity': 0.85,
                'text-background-padding': 1,
                'background-color': '#7d9bd6',
                width: 16,
                height: 16,
                'min-zoomed-font-size': 6,
            },
        },
        {
            selector: 'node[distance = 0]',
            style: { 'background-color': '#0b57d0', width: 28, height: 28, 'font-weight': 'bold', 'font-size': 13 },
        },
        { selector: 'node[distance = 2]', style: { 'background-color': '#b7c7e8' } },
        { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.1 } },
        {
            selector: 'edge',
            style: {
                width: 1.6,
                'line-color': 'data(color)',
                'target-arrow-color': 'data(color)',
                'target-arrow-shape': 'triangle',
                'curve-style': 'bezier',
                label: 'data(label)',
                'font-size': 9,
                color: '#333',
                'text-rotation': 'autorotate',
                'text-background-color': '#fff',
                'text-background-opacity': 0.85,
                'text-background-padding': 1,
                'min-zoomed-font-size': 7,
                'arrow-scale': 0.8,
            },
        },
        { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
        { selector: 'edge.quiet', style: { label: '', opacity: 0.45 } },
    ];
}

// the relation-type filter folds away on a narrow screen unless it filters something
function typesBox(summary, filtering, ...children) {
    const open = filtering || window.matchMedia('(min-width: 700px)').matches;
    return h(
        'details',
        { class: 'types-box', open },
        h('summary', {}, summary),
        h('fieldset', { class: 'types' }, ...children),
    );
}
