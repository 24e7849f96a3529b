package dev.dsgraph.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dsgraph.concept.ConceptModels.Figure;
import dev.dsgraph.seed.SeedModel.ConceptDef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The properties of a concept node as every writer stores them (seed, import and API alike), with the digest of its
 * content that tells a write that changes something from one that does not.
 *
 * @param figures the figures as stored: a JSON array of {name, value, unit, note}
 * @param topics topic ids, sorted (a set: their order carries no meaning)
 * @param foundational a starting point of the sheet (only the seed marks one)
 * @param digest SHA-256 of the other properties; equal digests mean equal content
 */
public record ConceptRow(
        String id,
        String name,
        List<String> aliases,
        String summary,
        String details,
        List<String> tags,
        List<String> examples,
        String figures,
        List<String> topics,
        boolean foundational,
        String digest) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The row of a concept definition. */
    public static ConceptRow of(ConceptDef c) {
        ConceptRow row = new ConceptRow(
                c.id(),
                c.name(),
                c.aliases(),
                c.summary(),
                c.details() == null ? "" : c.details(),
                c.tags(),
                c.examples(),
                json(c.figures().stream().map(ConceptRow::figure).toList()),
                c.topics().stream().sorted().toList(),
                c.foundational(),
                null);
        return row.withDigest(sha256(json(row.properties())));
    }

    private ConceptRow withDigest(String digest) {
        return new ConceptRow(
                id, name, aliases, summary, details, tags, examples, figures, topics, foundational, digest);
    }

    /** The row as the upsert takes it: every property, then the digest. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = properties();
        m.put("digest", digest);
        return m;
    }

    /** The properties in the order the digest is taken over (changing it changes every digest). */
    private Map<String, Object> properties() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("nameLower", name.toLowerCase(Locale.ROOT));
        m.put("aliases", aliases);
        m.put(
                "aliasesLower",
                aliases.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
        m.put("aliasText", String.join(" ; ", aliases));
        m.put("summary", summary);
        m.put("details", details);
        m.put("tags", tags);
        m.put("examples", examples);
        m.put("figures", figures);
        m.put("topics", topics);
        if (foundational) {
            m.put("foundational", true); // absent otherwise, so the digest of an ordinary concept does not change
        }
        return m;
    }

    /** A figure as stored: every field, a missing note as null (the stored JSON, and so the digests, depend on it). */
    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("value", f.value());
        m.put("unit", f.unit());
        m.put("note", f.note());
        return m;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 of a text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
