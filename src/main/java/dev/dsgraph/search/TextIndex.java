package dev.dsgraph.search;

import dev.dsgraph.cache.ConceptInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory search index of the graph cache: an inverted index of the words of every concept's name, aliases,
 * summary and details, and a dictionary of the name and alias words for prefix and typo-tolerant matching. Updated in
 * place, concept by concept, as the cache applies changes (a replaced concept gets a new document number; the old one
 * is skipped until the postings are compacted). Thread-safe: searches share a read lock, updates take the write lock.
 */
public final class TextIndex {

    static final int NAME = 0;
    static final int ALIASES = 1;
    static final int SUMMARY = 2;
    static final int DETAILS = 3;
    static final String[] FIELDS = {"name", "aliases", "summary", "details"};

    /**
     * Text hits scoring less are left out. Besides, a query made only of words that more than a quarter of the
     * concepts use ("the", "of the") matches nothing in substance and gets no text hits at all.
     */
    public static final double MIN_RELEVANCE = 1.0;

    /** Most other words a query word is widened to by prefix, and by typo. */
    static final int EXPANSIONS = 50;

    /** How many of the best-scoring text hits get the phrase and name-coverage factors (ten times the limit if more). */
    static final int RERANKED = 200;

    /** One concept's distinct words per field, as dictionary numbers. */
    private record Doc(String id, int[][] fields) {}

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Integer> tokenIds = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();
    /** Name and alias words (and the words of each name and alias run together) with how many live documents hold them. */
    private final TreeMap<String, int[]> names = new TreeMap<>();
    /** The name and alias words filed for typo lookups (words no longer in {@link #names} are skipped). */
    private NearWords nearWords = new NearWords();

    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> docOf = new HashMap<>();

    /** Per field, the documents holding each word, indexed by the word's number (null: none). */
    private final IntList[][] postings = new IntList[4][256];

    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<String, Map<String, String>> byAlias = new HashMap<>();
    private final Map<String, ConceptInfo> infos = new HashMap<>();
    private int dead;

    private TextIndex() {}

    /** An index of nothing. */
    public static TextIndex empty() {
        return new TextIndex();
    }

    /** An index of the given concepts; {@code texts} holds each one's name, aliases, summary and details. */
    public static TextIndex build(Collection<ConceptInfo> concepts, Map<String, List<String>> texts) {
        TextIndex index = new TextIndex();
        for (ConceptInfo c : concepts) {
            index.add(c, texts.get(c.id()));
        }
        return index;
    }

    /** Words of a text, lowercased, letters and digits only, at most {@code max}. */
    public static List<String> words(String text, int max) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < lower.length() && words.size() < max; ) {
            int cp = lower.codePointAt(i);
            boolean inWord = wordChar(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0 && words.size() < max) {
            words.add(lower.substring(start));
        }
        return words;
    }

    /** What {@code [\\p{L}\\p{N}]} matches: a letter or a number of any script. */
    static boolean wordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isLetter(cp)
                || switch (Character.getType(cp)) {
                    case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                    default -> false;
                };
    }

    /** The documents holding word {@code token} in field {@code f}, created when missing. */
    private IntList posting(int f, int token) {
        IntList[] field = postings[f];
        if (token >= field.length) {
            field = Arrays.copyOf(field, Math.max(token + 1, field.length * 2));
            postings[f] = field;
        }
        IntList p = field[token];
        if (p == null) {
            p = new IntList();
            field[token] = p;
        }
        return p;
    }

    /** The documents holding word {@code token} in field {@code f}, or {@code none}. */
    private IntList posting(int f, int token, IntList none) {
        IntList[] field = postings[f];
        IntList p = token < field.length ? field[token] : null;
        return p == null ? none : p;
    }

    /** Adds concepts not in the index yet ({@code texts} as for {@link #build}), in their order. */
    public void addAll(List<ConceptInfo> concepts, List<List<String>> texts) {
        rw.writeLock().lock();
        try {
            for (int i = 0; i < concepts.size(); i++) {
                add(concepts.get(i), texts.get(i));
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** Adds or replaces a concept. */
    public void put(ConceptInfo info, List<String> text) {
        rw.writeLock().lock();
        try {
            removeLocked(info.id());
            add(info, text);
            if (dead > 1000 && dead > docs.size() / 2) {
                compact();
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** Removes a concept. */
    public void remove(String id) {
        rw.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** Number of concepts indexed. */
    public int size() {
        return docOf.size();
    }

    private void add(ConceptInfo info, List<String> text) {
        List<String> fields =
                text == null ? List.of(info.name(), String.join(" ; ", info.aliases()), info.summary(), "") : text;
        int doc = docs.size();
        int[][] ids = new int[4][];
        for (int f = 0; f < 4; f++) {
            Set<String> words = new LinkedHashSet<>(words(fields.get(f), Integer.MAX_VALUE));
            if (f == NAME) {
                words.add(String.join("", words(info.name(), Integer.MAX_VALUE)));
            } else if (f == ALIASES) {
                info.aliases().forEach(a -> words.add(String.join("", words(a, Integer.MAX_VALUE))));
            }
            words.remove("");
            int[] fieldIds = new int[words.size()];
            int i = 0;
            for (String w : words) {
                int id = tokenIds.computeIfAbsent(w, k -> {
                    tokens.add(k);
                    return tokens.size() - 1;
                });
                fieldIds[i++] = id;
                posting(f, id).add(doc);
                if (f == NAME || f == ALIASES) {
                    names.computeIfAbsent(w, k -> new int[1])[0]++;
                    nearWords.add(w);
                }
            }
            ids[f] = fieldIds;
        }
        docs.add(new Doc(info.id(), ids));
        docOf.put(info.id(), doc);
        infos.put(info.id(), info);
        byName.computeIfAbsent(info.nameLower(), k -> new LinkedHashSet<>()).add(info.id());
        for (String alias : info.aliases()) {
            byAlias.computeIfAbsent(alias.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
                    .putIfAbsent(info.id(), alias);
        }
    }

    private void removeLocked(String id) {
        Integer doc = docOf.remove(id);
        if (doc == null) {
            return;
        }
        Doc d = docs.get(doc);
        for (int f : new int[] {NAME, ALIASES}) {
            for (int t : d.fields()[f]) {
                String w = tokens.get(t);
                int[] count = names.get(w);
                if (count != null && --count[0] <= 0) {
                    names.remove(w);
                }
            }
        }
        docs.set(doc, null);
        dead++;
        ConceptInfo info = infos.remove(id);
        if (info != null) {
            Set<String> named = byName.get(info.nameLower());
            if (named != null && named.remove(id) && named.isEmpty()) {
                byName.remove(info.nameLower());
            }
            for (String alias : info.aliases()) {
                Map<String, String> holders = byAlias.get(alias.toLowerCase(Locale.ROOT));
                if (holders != null && holders.remove(id) != null && holders.isEmpty()) {
                    byAlias.remove(alias.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** Renumbers the live documents and rebuilds the postings without the dead ones. */
    private void compact() {
        List<Doc> live = docs.stream().filter(d -> d != null).toList();
        docs.clear();
        docOf.clear();
        for (IntList[] field : postings) {
            Arrays.fill(field, null);
        }
        for (Doc d : live) {
            int doc = docs.size();
            docs.add(d);
            docOf.put(d.id(), doc);
            for (int f = 0; f < 4; f++) {
                for (int t : d.fields()[f]) {
                    posting(f, t).add(doc);
                }
            }
        }
        dead = 0;
        nearWords = new NearWords();
        names.keySet().forEach(nearWords::add);
    }

    /** How a query word matched a dictionary word. */
    private enum Kind {
        EXACT,
        PREFIX,
        FUZZY
    }

    /** Boost of a match of each kind in each field. */
    private static double boost(int field, Kind kind) {
        return switch (field) {
            case NAME -> kind == Kind.EXACT ? 6 : 2;
            case ALIASES -> kind == Kind.EXACT ? 5 : 1;
            case SUMMARY -> 2;
            default -> 1;
        };
    }

    /** A scored concept. */
    public record Hit(String id, String match, List<String> fields, String alias, double score) {}

    /**
     * Concepts matching the query, best first: exact names, then exact aliases, then by score. Every word must match
     * (a hit that holds all of them); when no concept holds all, any word will do. A word matches a name or alias word
     * exactly, as a prefix (two letters or more) or within one edit (four letters or more; two edits from seven); it
     * matches the summary and details exactly. Two words that run together into a name or alias word ("geo hashing")
     * also match it.
     */
    public List<Hit> search(String query, int limit) {
        rw.readLock().lock();
        try {
            return searchLocked(query, limit);
        } finally {
            rw.readLock().unlock();
        }
    }

    private List<Hit> searchLocked(String query, int limit) {
        String normalized = query.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> words = words(normalized, 10);
        String slug = String.join("-", words);
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (String id : byName.getOrDefault(normalized, Set.of())) {
            hits.put(id, new Hit(id, "exact-name", List.of("name"), null, 1000));
        }
        Map<String, String> aliasHolders = byAlias.getOrDefault(normalized, Map.of());
        if (docOf.containsKey(slug) && !hits.containsKey(slug) && !aliasHolders.containsKey(slug)) {
            hits.put(slug, new Hit(slug, "exact-name", List.of("name"), null, 1000));
        }
        aliasHolders.forEach(
                (id, alias) -> hits.putIfAbsent(id, new Hit(id, "exact-alias", List.of("aliases"), alias, 1000)));
        boolean substance = words.stream().anyMatch(w -> {
            Integer t = tokenIds.get(w);
            return t == null || commonness(t) <= docOf.size() / 4;
        });
        if (!words.isEmpty() && substance) {
            List<List<String>> variants = new ArrayList<>(List.of(words));
            for (int i = 0; i + 1 < words.size(); i++) {
                String joined = words.get(i) + words.get(i + 1);
                if (names.containsKey(joined)) {
                    List<String> v = new ArrayList<>(words.subList(0, i));
                    v.add(joined);
                    v.addAll(words.subList(i + 2, words.size()));
                    variants.add(v);
                }
            }
            Scratch sc = Scratch.take(docs.size());
            IntList merged = new IntList();
            List<Hit> text = new ArrayList<>();
            boolean clean = false; // a search cut short by an exception may leave its scratch arrays dirty
            try {
                for (boolean all : new boolean[] {true, false}) {
                    for (List<String> v : variants) {
                        score(v, all, sc, merged);
                    }
                    if (merged.size > 0 || words.size() == 1) {
                        break;
                    }
                }
                String phrase = String.join(" ", words);
                // the phrase and name-coverage factors (at most 4 times) are worked out for the best-scoring
                // candidates only
                for (int doc : best(merged, sc.merged, Math.max(RERANKED, 10 * limit))) {
                    Doc d = docs.get(doc);
                    if (hits.containsKey(d.id())) {
                        continue;
                    }
                    ConceptInfo info = infos.get(d.id());
                    double score = sc.merged[doc];
                    if (words.size() > 1
                            && (String.join(" ", words(info.name(), Integer.MAX_VALUE))
                                            .contains(phrase)
                                    || info.aliases().stream()
                                            .anyMatch(a -> String.join(" ", words(a, Integer.MAX_VALUE))
                                                    .contains(phrase)))) {
                        score *= 2; // the words as a phrase in the name or an alias
                    }
                    score *= 1 + nameCoverage(d, words);
                    if (score >= MIN_RELEVANCE) {
                        text.add(new Hit(d.id(), "text", null, null, Math.round(score * 1000) / 1000.0));
                    }
                }
                clean = true;
            } finally {
                if (clean) {
                    for (int i = 0; i < merged.size; i++) {
                        sc.merged[merged.values[i]] = 0;
                    }
                    sc.give();
                }
            }
            text.sort(
                    Comparator.comparing(Hit::score, Comparator.reverseOrder()).thenComparing(Hit::id));
            for (Hit h : text.subList(0, Math.min(text.size(), limit + 5))) {
                hits.put(
                        h.id(),
                        new Hit(h.id(), h.match(), matchedFields(docs.get(docOf.get(h.id())), words), null, h.score()));
            }
        }
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparing((Hit h) ->
                        h.match().equals("exact-name") ? 0 : h.match().equals("exact-alias") ? 1 : 2)
                .thenComparing(Hit::score, Comparator.reverseOrder())
                .thenComparing(Hit::id));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /**
     * Scores every document holding the words (all of them, or any when {@code all} is false) and raises its entry in
     * {@code sc.merged} to that score, adding the documents newly given one to {@code merged}.
     */
    private void score(List<String> words, boolean all, Scratch sc, IntList merged) {
        int n = Math.max(1, docOf.size());
        IntList touched = new IntList();
        IntList anyDocs = new IntList();
        for (int w = 0; w < words.size(); w++) {
            Map<Integer, Kind> candidates = candidates(words.get(w));
            for (int f = 0; f < 4; f++) {
                touched.size = 0;
                for (var candidate : candidates.entrySet()) {
                    Kind kind = candidate.getValue();
                    if (kind != Kind.EXACT && f >= SUMMARY) {
                        continue;
                    }
                    IntList p = posting(f, candidate.getKey(), null);
                    if (p == null) {
                        continue;
                    }
                    // a word most concepts use weighs what it weighs where it is most common, in every field
                    int df = kind == Kind.EXACT ? Math.max(p.size, commonness(candidate.getKey())) : p.size;
                    double s = boost(f, kind) * Math.log(1 + (n - df + 0.5) / (df + 0.5));
                    for (int i = 0; i < p.size; i++) {
                        int doc = p.values[i];
                        if (docs.get(doc) == null) {
                            continue;
                        }
                        if (sc.best[doc] == 0) {
                            touched.add(doc);
                        }
                        sc.best[doc] = Math.max(sc.best[doc], s);
                    }
                }
                for (int i = 0; i < touched.size; i++) {
                    int doc = touched.values[i];
                    sc.total[doc] += sc.best[doc];
                    sc.best[doc] = 0;
                    if (sc.matched[doc] == 0) {
                        anyDocs.add(doc);
                    }
                    sc.matched[doc] |= 1 << w;
                }
            }
        }
        int every = (1 << words.size()) - 1;
        for (int i = 0; i < anyDocs.size; i++) {
            int doc = anyDocs.values[i];
            double total = sc.total[doc];
            if (total > 0 && (!all || sc.matched[doc] == every)) {
                if (sc.merged[doc] == 0) {
                    merged.add(doc);
                }
                sc.merged[doc] = Math.max(sc.merged[doc], total);
            }
            sc.total[doc] = 0;
            sc.matched[doc] = 0;
        }
    }

    /** The {@code keep} documents of {@code docs} with the highest scores (ties: lower document number first). */
    private static int[] best(IntList docs, double[] scores, int keep) {
        int[] all = Arrays.copyOf(docs.values, docs.size);
        if (all.length <= keep) {
            return all;
        }
        double[] values = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            values[i] = scores[all[i]];
        }
        Arrays.sort(values);
        double floor = values[all.length - keep];
        Arrays.sort(all);
        int[] out = new int[keep];
        int size = 0;
        for (int doc : all) {
            if (scores[doc] > floor) {
                out[size++] = doc;
            }
        }
        for (int i = 0; i < all.length && size < keep; i++) {
            if (scores[all[i]] == floor) {
                out[size++] = all[i];
            }
        }
        return out;
    }

    /**
     * Per-document score arrays for one search, kept zeroed between searches (a search resets what it touched) and
     * pooled, so that a search allocates in proportion to what it matches rather than to the size of the graph.
     */
    private static final class Scratch {
        private static final ConcurrentLinkedQueue<Scratch> POOL = new ConcurrentLinkedQueue<>();

        double[] total = new double[0];
        double[] best = new double[0];
        double[] merged = new double[0];
        int[] matched = new int[0];

        static Scratch take(int docs) {
            Scratch sc = POOL.poll();
            if (sc == null) {
                sc = new Scratch();
            }
            if (sc.total.length < docs) {
                int size = Math.max(docs, sc.total.length * 3 / 2);
                sc.total = new double[size];
                sc.best = new double[size];
                sc.merged = new double[size];
                sc.matched = new int[size];
            }
            return sc;
        }

        void give() {
            if (POOL.size() < 2 * Runtime.getRuntime().availableProcessors()) {
                POOL.offer(this);
            }
        }
    }

    /** In how many concepts the word occurs in the field that uses it most. */
    private int commonness(int token) {
        int df = 0;
        for (IntList[] field : postings) {
            IntList p = token < field.length ? field[token] : null;
            df = Math.max(df, p == null ? 0 : p.size);
        }
        return df;
    }

    /** Dictionary words a query word matches: itself, name and alias words it begins, and near misses of those. */
    private Map<Integer, Kind> candidates(String word) {
        Map<Integer, Kind> out = new LinkedHashMap<>();
        Integer exact = tokenIds.get(word);
        if (exact != null) {
            out.put(exact, Kind.EXACT);
            if (commonness(exact) > docOf.size() / 4) {
                return out; // a word most texts use ("the", "of") is matched as itself only, never as a prefix or typo
            }
        }
        // prefixes and typos widen a word to at most EXPANSIONS other name or alias words, each held by at most a tenth
        // of the concepts: a word that common sets no concept apart, and scoring its holders costs the most
        int rare = Math.max(10, docOf.size() / 10);
        if (word.length() >= 2) {
            int taken = 0;
            for (var e :
                    names.subMap(word, false, word + Character.MAX_VALUE, false).entrySet()) {
                if (e.getValue()[0] <= rare
                        && out.putIfAbsent(tokenIds.get(e.getKey()), Kind.PREFIX) == null
                        && ++taken >= EXPANSIONS) {
                    break;
                }
            }
        }
        int allowed = allowedEdits(word);
        if (allowed > 0) {
            List<String> near = new ArrayList<>();
            nearWords.near(word, allowed, t -> {
                int[] holders = names.get(t);
                if (holders != null && holders[0] <= rare && !t.equals(word) && distance(word, t, allowed) <= allowed) {
                    near.add(t);
                }
            });
            near.sort(null); // the first EXPANSIONS in dictionary order
            int taken = 0;
            for (String t : near) {
                if (out.putIfAbsent(tokenIds.get(t), Kind.FUZZY) == null && ++taken >= EXPANSIONS) {
                    break;
                }
            }
        }
        return out;
    }

    private static int allowedEdits(String word) {
        return word.length() >= 7 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    /** Which fields hold a word that matches a query word exactly, as a prefix, or within the typo allowance. */
    private List<String> matchedFields(Doc d, List<String> words) {
        List<String> matched = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            for (int t : d.fields()[f]) {
                String token = tokens.get(t);
                if (words.stream().anyMatch(w -> similar(w, token))) {
                    matched.add(FIELDS[f]);
                    break;
                }
            }
        }
        return matched.isEmpty() ? List.of("details") : matched;
    }

    /** Share of the query words that match a word of the concept's name. */
    private double nameCoverage(Doc d, List<String> words) {
        int[] name = d.fields()[NAME];
        long covered = words.stream()
                .filter(w -> Arrays.stream(name).anyMatch(t -> similar(w, tokens.get(t))))
                .count();
        return words.isEmpty() ? 0 : (double) covered / words.size();
    }

    static boolean similar(String query, String word) {
        if (word.equals(query) || (query.length() >= 2 && word.startsWith(query))) {
            return true;
        }
        int allowed = allowedEdits(query);
        return allowed > 0
                && Math.abs(word.length() - query.length()) <= allowed
                && distance(query, word, allowed) <= allowed;
    }

    /** Levenshtein distance, or more than {@code max} as soon as it must exceed it. */
    static int distance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
