// The explorer's entry point: reads the view from the URL (?concept=, ?from=&to=, ?topic=, ?view=), renders it,
// and keeps the URL in step with history.pushState so deep links survive a reload and back/forward works.
import { conceptView } from './concept.js';
import { h, href } from './dom.js';
import { errorView } from './errors.js';
import { graphView } from './graph.js';
import { pathsView } from './paths.js';
import { combobox } from './search.js';
import { topicView, topicsView } from './topics.js';

const view = document.getElementById('view');
const announcer = document.getElementById('announce');
let current = 0; // the newest render; older ones that finish late are dropped
let cleanup = null;

const ctx = { navigate, announce };

function route(p) {
    if (p.get('concept')) {
        const what = { kind: 'concept', id: p.get('concept') };
        return p.get('view') === 'graph' ? ['graph', graphView, what] : ['concept', conceptView, what];
    }
    if (p.get('from') || p.get('to') || p.get('view') === 'paths') {
        return ['paths', pathsView, { kind: 'concept', from: p.get('from'), to: p.get('to') }];
    }
    if (p.get('topic')) return ['topic', topicView, { kind: 'topic', id: p.get('topic') }];
    if (p.get('view') === 'topics') return ['topics', topicsView, {}];
    return ['home', homeView, {}];
}

async function homeView() {
    const topics = await topicsView();
    topics.node.querySelector('h1').textContent = 'Explore distributed systems';
    topics.node
        .querySelector('.note')
        .replaceChildren(
            'Concepts of distributed systems and why they connect. Search for a concept above, find ',
            h('a', { href: href({ view: 'paths' }) }, 'how two concepts connect'),
            ', or browse the topics:',
        );
    return { title: 'Explorer', node: topics.node };
}

async function render(focus) {
    const mine = ++current;
    const params = new URLSearchParams(location.search);
    let [name, viewFn, what] = route(params);
    view.setAttribute('aria-busy', 'true');
    view.dataset.state = 'loading';
    let result;
    try {
        result = await viewFn(params, ctx);
    } catch (e) {
        if (mine !== current) return;
        console.warn('explorer:', e);
        name = 'error';
        result = { title: 'Error', node: errorView(e, what, () => render(true)) };
    }
    if (mine !== current) return;
    cleanup?.();
    cleanup = null;
    view.replaceChildren(result.node);
    cleanup = result.mounted?.() || null;
    document.title = `${result.title} · DS knowledge graph`;
    view.dataset.view = name;
    view.dataset.url = location.search;
    view.setAttribute('aria-busy', 'false'); // parts still loading say so themselves
    // 'view-rendered': the view's main content is on screen; 'view-complete': every part of it has loaded
    performance.mark('view-rendered', { detail: { view: name, url: location.search } });
    if (focus) view.querySelector('h1')?.focus({ preventScroll: true });
    announce(`${result.node.querySelector('h1')?.textContent || result.title}`);
    await result.done?.catch((e) => console.warn('explorer:', e));
    if (mine !== current) return;
    view.dataset.state = 'ready';
    performance.mark('view-complete', { detail: { view: name, url: location.search } });
}

/** Shows another view and records it in the history (a new entry, so Back returns here). */
export function navigate(url) {
    performance.mark('navigate', { detail: url });
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    window.scrollTo(0, 0);
    render(true);
}

function announce(text) {
    announcer.textContent = text;
}

// links to other views of the explorer are followed without reloading the page
document.addEventListener('click', (e) => {
    const a = e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.target)
        return;
    if (a.getAttribute('href').startsWith('#')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname !== '/') return;
    e.preventDefault();
    navigate(url.pathname + url.search);
});
window.addEventListener('popstate', () => render(true));

const search = document.getElementById('search');
combobox(search, (item) => {
    search.value = '';
    navigate(href({ concept: item.id }));
});
document.getElementById('search-form').addEventListener('submit', (e) => e.preventDefault());

render(false);
