// One colour per relation type, shared by the graph, its legend and the relation headings. Dark enough for lines
// and swatches on white; the type is always also named in text, so colour is never the only cue.
const COLORS = {
    ACHIEVES: '#1b7f5f',
    CAUSES: '#c0392b',
    CONTRASTS_WITH: '#6a51a3',
    ENABLES: '#c2185b',
    EXAMPLE_OF: '#4d7f17',
    IMPLEMENTS: '#8a5a14',
    IS_A: '#1f63a8',
    MITIGATES: '#00796b',
    PART_OF: '#5e35b1',
    PREREQUISITE_OF: '#d84315',
    RELATED_TO: '#616161',
    TRADES_OFF_WITH: '#9c6b00',
    USED_IN: '#0277bd',
};
const SPARE = ['#37474f', '#795548', '#880e4f', '#1a237e', '#33691e'];

export function typeColor(type) {
    if (COLORS[type]) return COLORS[type];
    let n = 0;
    for (const ch of String(type)) n = (n * 31 + ch.charCodeAt(0)) >>> 0;
    return SPARE[n % SPARE.length];
}
