package dev.dsgraph.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the comma-separated list parameters ({@code known}, {@code types}, {@code kinds}), which the spec declares as
 * strings; single values are typed and validated by the REST layer ({@link TypedParameters}, {@link ConceptId}).
 */
public final class Params {

    private Params() {}

    /** A comma-separated list of ids. */
    public static List<String> ids(String name, String raw, int maxCount) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                out.add(id(name, part));
            }
        }
        if (out.size() > maxCount) {
            throw ProblemException.badParameter(name, name + " takes at most " + maxCount + " ids, got " + out.size());
        }
        return new ArrayList<>(out);
    }

    private static String id(String name, String raw) {
        String id = raw.trim();
        if (!ConceptId.Validator.valid(id)) {
            throw ProblemException.badParameter(
                    name,
                    name + " must be a lowercase kebab-case id such as 'vector-clock' (at most " + ConceptId.MAX
                            + " characters), got '" + abbreviate(raw) + "'");
        }
        return id;
    }

    /** A comma-separated list of relation types, each one of {@code known}. */
    public static List<String> relationTypes(String name, String raw, Set<String> known) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String type = part.trim().toUpperCase();
            if (type.isEmpty()) {
                continue;
            }
            if (!known.contains(type)) {
                throw ProblemException.badParameter(
                        name,
                        name + " has an unknown relation type '" + abbreviate(part.trim()) + "'; known types: "
                                + String.join(", ", known.stream().sorted().toList()));
            }
            out.add(type);
        }
        return new ArrayList<>(out);
    }

    /** A comma-separated list of values from a fixed set, in the set's order; all of them when none is given. */
    public static List<String> oneOf(String name, String raw, List<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return allowed;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String value = part.trim().toLowerCase();
            if (value.isEmpty()) {
                continue;
            }
            if (!allowed.contains(value)) {
                throw ProblemException.badParameter(
                        name,
                        name + " must be one of " + String.join(", ", allowed) + ", got '" + abbreviate(part) + "'");
            }
            out.add(value);
        }
        return out.isEmpty() ? allowed : allowed.stream().filter(out::contains).toList();
    }

    /** Shortens a user value for an error message. */
    public static String abbreviate(String raw) {
        String s = raw.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
