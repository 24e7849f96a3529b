package dev.dsgraph.search;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.GraphCache;
import dev.dsgraph.cache.GraphView;
import dev.dsgraph.search.SearchModels.SearchHit;
import dev.dsgraph.search.SearchModels.SearchResult;

import java.util.List;

/** Search over the cache's in-memory text index (see {@link TextIndex} for the matching and ranking rules). */
final class SearchRepository {

    private SearchRepository() {}

    static SearchResult search(GraphView view, String q, int limit) {
        List<SearchHit> items = GraphCache.text(view).search(q, limit).stream()
                .map(h -> {
                    ConceptInfo c = view.info(h.id());
                    return new SearchHit(
                            h.id(),
                            c == null ? h.id() : c.name(),
                            c == null ? "" : c.summary(),
                            h.match(),
                            h.fields(),
                            h.alias(),
                            h.score());
                })
                .toList();
        return new SearchResult(q, TextIndex.words(q, 10), limit, items);
    }
}
