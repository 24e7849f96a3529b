// Small DOM helpers: build elements without innerHTML, so API text is never parsed as markup.

/** h('a', {href: '/x', class: 'c'}, 'text', child, [more]) -> element; null/false children are skipped. */
export function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
        if (v === null || v === undefined || v === false) continue;
        if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else if (k === 'dataset') Object.assign(el.dataset, v);
        else el.setAttribute(k, v === true ? '' : String(v));
    }
    append(el, children);
    return el;
}

function append(el, children) {
    for (const c of children) {
        if (c === null || c === undefined || c === false) continue;
        if (Array.isArray(c)) append(el, c);
        else el.append(c instanceof Node ? c : String(c));
    }
}

/** A link inside the explorer, e.g. link({concept: 'vector-clock'}, 'Vector clock'). */
export function link(params, ...children) {
    return h('a', { href: href(params) }, ...children);
}

/** The explorer URL for query parameters; empty values are left out. */
export function href(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
        if (v !== undefined && v !== null && v !== '') q.set(k, v);
    }
    const s = q.toString();
    return s ? `/?${s}` : '/';
}

/** A titled section: <section aria-labelledby><h2 id>title</h2>...</section>. */
export function section(id, title, ...children) {
    return h(
        'section',
        { class: `panel ${id}`, 'aria-labelledby': `${id}-h` },
        h('h2', { id: `${id}-h` }, title),
        ...children,
    );
}
