package dev.dsgraph.cache;

import java.util.List;

/**
 * A concept's record beyond {@link ConceptInfo} and its adjacency list: every relation to another concept, in either
 * direction, with what the read algorithms need. Immutable; kept within the memory budget and loaded in batches.
 *
 * @param id the concept id
 * @param details longer explanation ("" when absent)
 * @param examples example sentences
 * @param figures the figures as stored (a JSON array), or null
 * @param origin seed or api
 * @param version bumped by every write to the concept or its relations
 * @param degree number of relationships of the node in Neo4j, of any type (concept relations and topic memberships):
 *     the damping of the related-concepts ranking
 * @param relations the concept's relations, sorted by the other end, then type, then outgoing first (so the relations
 *     joining two concepts are consecutive)
 */
public record ConceptNode(
        String id,
        String details,
        List<String> examples,
        String figures,
        String origin,
        long version,
        int degree,
        Rel[] relations) {

    /** Index of the first relation with {@code other} at the other end, or -1: a binary search of the sorted list. */
    public int firstWith(String other) {
        int lo = 0;
        int hi = relations.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (relations[mid].other().compareTo(other) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < relations.length && relations[lo].other().equals(other) ? lo : -1;
    }

    /**
     * One relation seen from this concept.
     *
     * @param type relation type
     * @param outgoing true when this concept is the stored start node
     * @param other id of the concept at the other end
     * @param weight strength in (0,1]
     * @param reason why it holds ("" when absent)
     */
    public record Rel(String type, boolean outgoing, String other, double weight, String reason) {

        /** Id of the stored start node. */
        public String start(String self) {
            return outgoing ? self : other;
        }

        /** Id of the stored end node. */
        public String end(String self) {
            return outgoing ? other : self;
        }
    }
}
