package dev.dsgraph.support;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One change record of the feed: a concept or a relation that a write created, updated or deleted. */
public sealed interface Change {

    /** What happened to the entity. */
    enum Op {
        CREATED,
        UPDATED,
        DELETED;

        /** The name the feed stores and serves. */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The op named {@code json} in the feed. */
        public static Op of(String json) {
            return valueOf(json.toUpperCase(Locale.ROOT));
        }

        /** {@code CREATED} when the write created the entity, else {@code UPDATED}. */
        public static Op createdOrUpdated(boolean created) {
            return created ? CREATED : UPDATED;
        }
    }

    Op op();

    /** {@code concept} or {@code relation}, as the feed names the kind of entity. */
    String entity();

    /** The concept id, or {@code from|TYPE|to} for a relation. */
    String id();

    /** The concepts whose record or adjacency list the change touched. */
    Set<String> touched();

    /** A concept created, updated or deleted. */
    record OfConcept(Op op, String id) implements Change {

        @Override
        public String entity() {
            return "concept";
        }

        @Override
        public Set<String> touched() {
            return Set.of(id);
        }
    }

    /** A relation created, updated or deleted, named by its stored direction. */
    record OfRelation(Op op, String from, String type, String to) implements Change {

        @Override
        public String entity() {
            return "relation";
        }

        @Override
        public String id() {
            return from + "|" + type + "|" + to;
        }

        @Override
        public Set<String> touched() {
            return from.equals(to) ? Set.of(from) : Set.of(from, to);
        }
    }

    static Change concept(Op op, String id) {
        return new OfConcept(op, id);
    }

    static Change relation(Op op, String from, String type, String to) {
        return new OfRelation(op, from, type, to);
    }

    /** The change a {@code (:Change)} node's properties record (type, from and to are null for a concept). */
    static Change of(String entity, String op, String id, String from, String type, String to) {
        return switch (entity) {
            case "concept" -> concept(Op.of(op), id);
            case "relation" -> relation(Op.of(op), from, type, to);
            default -> throw new IllegalArgumentException("Unknown entity '" + entity + "' in the change feed");
        };
    }

    /** The properties a {@code (:Change)} node stores for it. */
    default Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("op", op().json());
        row.put("entity", entity());
        row.put("id", id());
        if (this instanceof OfRelation r) {
            row.put("from", r.from());
            row.put("type", r.type());
            row.put("to", r.to());
        }
        return row;
    }
}
