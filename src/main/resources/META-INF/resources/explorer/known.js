// "I know this": concept ids the reader marked as known, kept in localStorage and sent as `known=`.
const KEY = 'dsgraph.known';
const NAMES = 'dsgraph.known-names';
const MAX = 100; // the API takes at most 100 ids

export function knownIds() {
    try {
        const ids = JSON.parse(localStorage.getItem(KEY) || '[]');
        return Array.isArray(ids) ? ids.filter((x) => typeof x === 'string') : [];
    } catch {
        return [];
    }
}

function save(ids) {
    try {
        localStorage.setItem(KEY, JSON.stringify(ids.slice(-MAX)));
    } catch {
        // storage full or disabled: the mark lasts for this page only
    }
}

export function markKnown(id, name) {
    const ids = knownIds().filter((x) => x !== id);
    ids.push(id);
    save(ids);
    try {
        const names = JSON.parse(localStorage.getItem(NAMES) || '{}');
        names[id] = name;
        localStorage.setItem(NAMES, JSON.stringify(names));
    } catch {
        // the id is shown instead
    }
}

/** The name a known concept had when it was marked, or its id. */
export function knownName(id) {
    try {
        return JSON.parse(localStorage.getItem(NAMES) || '{}')[id] || id;
    } catch {
        return id;
    }
}

export function forget(id) {
    save(knownIds().filter((x) => x !== id));
}
