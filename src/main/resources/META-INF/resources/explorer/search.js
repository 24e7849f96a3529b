// Autocomplete over /api/v1/search as an ARIA 1.2 combobox: debounced, typo-tolerant (the API's fuzzy search),
// arrows move, Enter picks, Escape closes, and "no result" is said as such.
import { api } from './api.js';
import { h } from './dom.js';

const DEBOUNCE_MS = 150;
const LIMIT = 8;

/** Turns a text input into a combobox; onPick(item) gets the chosen search item ({id, name, ...}). */
export function combobox(input, onPick) {
    const listId = `${input.id}-list`;
    const list = h('ul', { id: listId, role: 'listbox', 'aria-label': 'Suggestions' });
    const empty = h('p', { class: 'empty' });
    const popup = h('div', { class: 'suggest', hidden: true }, list, empty);
    const status = h('p', { class: 'sr-only', 'aria-live': 'polite' });
    input.after(popup, status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('autocomplete', 'off');

    let items = [];
    let active = -1;
    let timer;
    let controller;
    let pending = Promise.resolve();
    let shownFor = null;

    function close() {
        popup.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
    }

    function show(q, found) {
        items = found;
        shownFor = q;
        active = -1;
        input.removeAttribute('aria-activedescendant');
        list.replaceChildren(
            ...found.map((item, i) =>
                h(
                    'li',
                    {
                        id: `${listId}-${i}`,
                        role: 'option',
                        'aria-selected': 'false',
                        dataset: { id: item.id },
                        onmousedown: (e) => e.preventDefault(), // keep focus in the input
                        onclick: () => pick(i),
                    },
                    h('span', { class: 'name' }, item.name),
                    h('span', { class: 'hint' }, item.summary || ''),
                ),
            ),
        );
        list.hidden = found.length === 0;
        empty.hidden = found.length > 0;
        empty.textContent = found.length ? '' : `No result for “${q}”`;
        popup.hidden = false;
        input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
        status.textContent = found.length
            ? `${found.length} suggestion${found.length > 1 ? 's' : ''}, use the arrow keys`
            : `No result for ${q}`;
    }

    function query() {
        const q = input.value.trim();
        if (q.length < 2) {
            close();
            items = [];
            shownFor = null;
            return Promise.resolve();
        }
        if (q === shownFor && !popup.hidden) return Promise.resolve();
        controller?.abort();
        controller = new AbortController();
        pending = api
            .search(q, LIMIT, controller.signal)
            .then((res) => {
                if (input.value.trim() === q) show(q, res.items);
            })
            .catch((e) => {
                if (e.name !== 'AbortError') show(q, []);
            });
        return pending;
    }

    function move(delta) {
        if (!items.length) return;
        active = (active + delta + items.length) % items.length;
        [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
        const li = list.children[active];
        input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
    }

    function pick(i) {
        const item = items[i];
        if (!item) return;
        input.value = item.name;
        input.dataset.id = item.id;
        close();
        status.textContent = '';
        onPick(item);
    }

    input.addEventListener('input', () => {
        delete input.dataset.id;
        clearTimeout(timer);
        timer = setTimeout(query, DEBOUNCE_MS);
    });
    input.addEventListener('keydown', async (e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (popup.hidden) {
                clearTimeout(timer);
                await query();
            }
            move(e.key === 'ArrowDown' ? 1 : -1);
        } else if (e.key === 'Enter') {
            e.preventDefault();
            clearTimeout(timer);
            if (active >= 0) return pick(active);
            await query();
            await pending;
            if (items.length && shownFor === input.value.trim()) pick(0); // Enter alone takes the best match
        } else if (e.key === 'Escape') {
            if (!popup.hidden) {
                e.preventDefault();
                close();
            } else {
                input.value = '';
            }
        }
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
    input.addEventListener('focus', () => {
        if (items.length && input.value.trim() === shownFor) show(shownFor, items);
    });
    return { close };
}
