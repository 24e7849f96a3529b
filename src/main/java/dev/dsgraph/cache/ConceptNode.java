package dev.dsgraph.cache;

import java.util.Arrays;
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
 * @param byType for a concept with many relations, the positions in {@code relations} ordered by type, then outgoing
 *     first, then the other end, so that {@link #relations(String, boolean)} finds one type's by binary search instead
 *     of reading a hub's every relation; null for a concept with few
 */
public record ConceptNode(
        String id,
        String details,
        List<String> examples,
        String figures,
        String origin,
        long version,
        int degree,
        Rel[] relations,
        int[] byType) {

    /** Below this many relations a scan is as quick as a search, and no {@code byType} is kept. */
    private static final int INDEXED_FROM = 16;

    /** A node whose {@code byType} positions are computed from its (sorted) relations. */
    public ConceptNode(
            String id,
            String details,
            List<String> examples,
            String figures,
            String origin,
            long version,
            int degree,
            Rel[] relations) {
        this(id, details, examples, figures, origin, version, degree, relations, byType(relations));
    }

    private static int[] byType(Rel[] relations) {
        if (relations.length < INDEXED_FROM) {
            return null;
        }
        Integer[] order = new Integer[relations.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable: within one type and direction the positions keep the order of the other ends
        Arrays.sort(order, (a, b) -> compareGroup(relations[a], relations[b].type(), relations[b].outgoing()));
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** Orders by type, then outgoing before incoming. */
    private static int compareGroup(Rel r, String type, boolean outgoing) {
        int c = r.type().compareTo(type);
        return c != 0 ? c : Boolean.compare(!r.outgoing(), !outgoing);
    }

    /**
     * This concept's relations of one type in one direction ({@code outgoing}: this concept is the stored start), in
     * the adjacency order (by the other end). A binary search for a concept with many relations.
     */
    public Rel[] relations(String type, boolean outgoing) {
        if (byType == null) {
            int count = 0;
            for (Rel r : relations) {
                if (r.outgoing() == outgoing && r.type().equals(type)) {
                    count++;
                }
            }
            Rel[] out = new Rel[count];
            count = 0;
            for (Rel r : relations) {
                if (r.outgoing() == outgoing && r.type().equals(type)) {
                    out[count++] = r;
                }
            }
            return out;
        }
        int lo = 0;
        int hi = byType.length;
        while (lo < hi) { // the first position not before the group
            int mid = (lo + hi) >>> 1;
            if (compareGroup(relations[byType[mid]], type, outgoing) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < byType.length && compareGroup(relations[byType[end]], type, outgoing) == 0) {
            end++;
        }
        Rel[] out = new Rel[end - lo];
        for (int i = lo; i < end; i++) {
            out[i - lo] = relations[byType[i]];
        }
        return out;
    }

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
     * @param otherHash {@code other.hashCode()}, kept beside the reference: a traversal testing thousands of relations
     *     against the concepts it found ({@link IdIndex#indexOf(String, int)}) then reads no string it does not need
     * @param api the relation was last written through the API (its origin is {@code api}), else by the seed
     */
    public record Rel(
            String type, boolean outgoing, String other, double weight, String reason, int otherHash, boolean api) {

        public Rel(String type, boolean outgoing, String other, double weight, String reason, boolean api) {
            this(type, outgoing, other, weight, reason, other.hashCode(), api);
        }

        /** Who last wrote the relation: {@code api} or {@code seed}. */
        public String origin() {
            return api ? "api" : "seed";
        }

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
