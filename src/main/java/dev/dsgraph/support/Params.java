package dev.dsgraph.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses query and path parameters by hand, so that every malformed value gets a problem naming it. */
public final class Params {

    /** The shape of a concept or topic id: a lowercase kebab-case slug. */
    public static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public static final int ID_MAX = 64;

    private Params() {}

    /** An integer parameter within [min, max], or the default when absent. */
    public static int integer(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(
                    name,
                    name + " must be a whole number from " + min + " to " + max + ", got '" + abbreviate(raw) + "'");
        }
        if (value < min || value > max) {
            throw ProblemException.badParameter(name, name + " must be from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /** A required id-shaped parameter. */
    public static String id(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badParameter(name, name + " is required");
        }
        String id = raw.trim();
        if (id.length() > ID_MAX || !ID.matcher(id).matches()) {
            throw ProblemException.badParameter(
                    name,
                    name + " must be a lowercase kebab-case id such as" + " 'vector-clock' (at most " + ID_MAX
                            + " characters), got '" + abbreviate(raw) + "'");
        }
        return id;
    }

    /** An optional id-shaped parameter. */
    public static String optionalId(String name, String raw) {
        return raw == null || raw.isBlank() ? null : id(name, raw);
    }

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

    /** A value from a fixed set. */
    public static String oneOf(String name, String raw, String defaultValue, String... allowed) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        String value = raw.trim().toLowerCase();
        if (!Arrays.asList(allowed).contains(value)) {
            throw ProblemException.badParameter(
                    name, name + " must be one of " + String.join(", ", allowed) + ", got '" + abbreviate(raw) + "'");
        }
        return value;
    }

    /** Shortens a user value for an error message. */
    public static String abbreviate(String raw) {
        String s = raw.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
