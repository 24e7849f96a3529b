package dev.dsgraph.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code If-Match} and {@code If-None-Match} for writes, against a concept's own version. */
public final class Preconditions {

    private static final Pattern VERSION = Pattern.compile("v(\\d+)");

    private Preconditions() {}

    /**
     * Throws 412 unless the preconditions hold for a concept currently at {@code version} (null when it does not
     * exist). An ETag names a version as {@code "v<version>.r<revision>"}, as GET and writes return it.
     */
    public static void check(String ifMatch, String ifNoneMatch, Long version) {
        if (ifNoneMatch != null && ifNoneMatch.trim().equals("*") && version != null) {
            throw ProblemException.preconditionFailed(
                    "If-None-Match",
                    "If-None-Match: * asks to create only, but the concept exists (version " + version + ")");
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (version == null) {
            throw failed("If-Match was given but the concept does not exist");
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return;
            }
            Matcher m = VERSION.matcher(t);
            if (m.find() && Long.parseLong(m.group(1)) == version) {
                return;
            }
        }
        throw failed("If-Match " + Params.abbreviate(ifMatch) + " is stale: the concept is now at version " + version
                + "; GET it again and retry with its ETag");
    }

    /** The ETag of a concept at a version and graph revision. */
    public static String etag(long version, long revision) {
        return "\"v" + version + ".r" + revision + "\"";
    }

    private static ProblemException failed(String detail) {
        return ProblemException.preconditionFailed("If-Match", detail);
    }
}
