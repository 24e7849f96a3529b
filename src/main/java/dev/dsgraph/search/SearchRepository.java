package dev.dsgraph.search;

import dev.dsgraph.search.SearchModels.SearchHit;
import dev.dsgraph.search.SearchModels.SearchResult;
import dev.dsgraph.support.GraphDb;
import dev.dsgraph.support.GraphSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;

/**
 * Full-text search over concept names, aliases, summaries and details. The user's words are reduced to letters and
 * digits (so no Lucene syntax survives) and each becomes a boosted clause of exact, prefix and fuzzy terms.
 */
@ApplicationScoped
public class SearchRepository {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Exact name and id matches through their indexes, and the full-text hits (whose phrase clauses bring exact alias
     * matches to the top, recognised in Java), in one query.
     */
    private static final String SEARCH = """
            CALL () {
              MATCH (c:Concept) WHERE c.nameLower = $q
              RETURN c, 1000.0 AS score
              UNION
              MATCH (c:Concept {id: $slug})
              RETURN c, 1000.0 AS score
              UNION
              // the index returns hits best first; its limit keeps Cypher from materialising every hit of a common word
              CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
              RETURN node AS c, score
            }
            RETURN c {.id, .name, .summary, .aliases, .nameLower, .aliasesLower, .details} AS c, max(score) AS score
            """;

    private final GraphDb db;

    SearchRepository(GraphDb db) {
        this.db = db;
    }

    /** Words of the query (at most 10), lowercased, letters and digits only. */
    static List<String> words(String q) {
        return tokens(q, 10);
    }

    /** Words of a text, lowercased, letters and digits only. */
    static List<String> tokens(String q, int max) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(q.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < max) {
            words.add(m.group());
        }
        return words;
    }

    /** A Lucene query in which every word must match exactly, as a prefix, or within the typo allowance. */
    static String lucene(List<String> words, boolean all) {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String fuzzy = w.length() >= 7 ? "~2" : "~1";
            StringBuilder clause = new StringBuilder("(name:").append(w).append("^4 OR aliasText:").append(w)
                    .append("^3 OR ").append(w).append("^2");
            if (w.length() >= 2) {
                clause.append(" OR name:").append(w).append("*^2 OR aliasText:").append(w).append('*');
            }
            if (w.length() >= 4) {
                clause.append(" OR name:").append(w).append(fuzzy).append("^2 OR aliasText:").append(w).append(fuzzy);
            }
            clause.append(')');
            clauses.add((all ? "+" : "") + clause);
        }
        String query = String.join(" ", clauses);
        if (all && words.size() > 1) {
            // the whole query as a phrase in a name or an alias ranks an exact alias at the top
            String phrase = '"' + String.join(" ", words) + '"';
            query = "(" + query + ") OR name:" + phrase + "^8 OR aliasText:" + phrase + "^8";
        }
        return query;
    }

    public SearchResult search(String q, int limit) {
        String normalized = q.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> words = words(normalized);
        String slug = String.join("-", words);
        String luceneQuery = words.isEmpty() ? "" : lucene(words, true);
        List<Map.Entry<Value, Double>> rows = run(normalized, slug, luceneQuery, limit);
        if (words.size() > 1 && rows.stream().noneMatch(r -> r.getValue() < 1000.0)) {
            luceneQuery = lucene(words, false); // no hit has every word: settle for any of them
            rows = run(normalized, slug, luceneQuery, limit);
        }
        List<SearchHit> ranked = new ArrayList<>();
        for (var row : rows) {
            Value c = row.getKey();
            String nameLower = c.get("nameLower").asString();
            String alias = c.get("aliases").isNull() ? null : c.get("aliases").asList(Value::asString).stream()
                    .filter(a -> a.toLowerCase(Locale.ROOT).equals(normalized)).findFirst().orElse(null);
            if (nameLower.equals(normalized) || c.get("id").asString().equals(slug) && alias == null) {
                ranked.add(hit(c, "exact-name", List.of("name"), null, 1000));
            } else if (alias != null) {
                ranked.add(hit(c, "exact-alias", List.of("aliases"), alias, 1000));
            } else {
                // a hit whose name holds every query word (allowing typos) beats one that mentions them in passing
                double score = row.getValue() * (1 + nameCoverage(c, words));
                ranked.add(hit(c, "text", matchedFields(c, words), null, score));
            }
        }
        ranked.sort(Comparator.comparing((SearchHit h) -> h.match().equals("exact-name") ? 0 : h.match().equals("exact-alias") ? 1 : 2)
                .thenComparing(SearchHit::score, Comparator.reverseOrder()).thenComparing(SearchHit::id));
        return new SearchResult(q, luceneQuery, limit, ranked.subList(0, Math.min(limit, ranked.size())));
    }

    private List<Map.Entry<Value, Double>> run(String normalized, String slug, String lucene, int limit) {
        // an empty Lucene query (no letters or digits in q) matches nothing; a harmless term keeps the call valid
        String query = lucene.isEmpty() ? "id:\"-\"" : lucene;
        return db.read(SEARCH, Map.of("q", normalized, "slug", slug, "index", GraphSchema.FULLTEXT_INDEX, "lucene", query,
                "limit", limit + 5), r -> Map.entry(r.get("c"), r.get("score").asDouble()));
    }

    private static SearchHit hit(Value c, String match, List<String> fields, String alias, double score) {
        return new SearchHit(c.get("id").asString(), c.get("name").asString(), c.get("summary").asString(), match,
                fields, alias, Math.round(score * 1000) / 1000.0);
    }

    /** Which fields hold a word that matches a query word exactly, as a prefix, or within one or two edits. */
    static List<String> matchedFields(Value c, List<String> words) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", c.get("name").asString(""));
        fields.put("aliases", String.join(" ", c.get("aliases").isNull() ? List.of() : c.get("aliases").asList(Value::asString)));
        fields.put("summary", c.get("summary").asString(""));
        fields.put("details", c.get("details").asString(""));
        List<String> matched = new ArrayList<>();
        fields.forEach((field, text) -> {
            List<String> textWords = tokens(text, Integer.MAX_VALUE);
            if (words.stream().anyMatch(w -> textWords.stream().anyMatch(t -> similar(w, t)))) {
                matched.add(field);
            }
        });
        return matched.isEmpty() ? List.of("details") : matched;
    }

    /** Share of the query words that match a word of the concept's name. */
    static double nameCoverage(Value c, List<String> words) {
        List<String> nameWords = tokens(c.get("name").asString(""), Integer.MAX_VALUE);
        long covered = words.stream().filter(w -> nameWords.stream().anyMatch(n -> similar(w, n))).count();
        return words.isEmpty() ? 0 : (double) covered / words.size();
    }

    private static boolean similar(String query, String word) {
        if (word.equals(query) || (query.length() >= 2 && word.startsWith(query))) {
            return true;
        }
        int allowed = query.length() >= 7 ? 2 : query.length() >= 4 ? 1 : 0;
        return allowed > 0 && Math.abs(word.length() - query.length()) <= allowed && distance(query, word) <= allowed;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
