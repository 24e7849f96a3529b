package dev.dsgraph.relation;

import java.util.Locale;
import java.util.Map;

/**
 * How a relation reads from either of its ends, the one place that says it for every answer (a concept's relation
 * groups, path steps, graph edges, flashcards, quizzes): from its start node by the type's label ("implements"), from
 * its end node by the type's inverse ("implemented by"), a symmetric type by its label from both ends. A type outside
 * the vocabulary (which the seed and import validation keep out of the graph) is taken as directed and reads as its
 * name in lower case with spaces ({@code USED_IN} reads "used in") from both ends: never a raw constant in a sentence,
 * never a dropped relation.
 */
public final class RelationReading {

    private RelationReading() {}

    /** How {@code type} reads from its stored start node ({@code fromStart}) or from its end node. */
    public static String label(Map<String, RelationType> types, String type, boolean fromStart) {
        RelationType def = types.get(type);
        if (def == null) {
            return type.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return fromStart || def.symmetric() ? def.label() : def.inverse();
    }

    /** True when {@code type} is symmetric, stored once and read the same from both ends; false when unknown. */
    public static boolean symmetric(Map<String, RelationType> types, String type) {
        RelationType def = types.get(type);
        return def != null && def.symmetric();
    }

    /**
     * The direction of a relation seen from one of its ends: {@code both} for a symmetric type, else {@code outgoing}
     * when that end is the stored start node and {@code incoming} when it is the end node.
     */
    public static String direction(Map<String, RelationType> types, String type, boolean outgoing) {
        return symmetric(types, type) ? "both" : outgoing ? "outgoing" : "incoming";
    }
}
