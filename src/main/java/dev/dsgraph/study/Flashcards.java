package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.relation.RelationReading;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.study.StudyModels.Flashcard;
import dev.dsgraph.study.StudyModels.Source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flashcards derived from the graph: definition (name to summary), reverse (masked summary to name), relation (how X
 * relates to Y, answered by the relation's label and reason) and contrast (X vs. Y from CONTRASTS_WITH). Pure.
 */
public final class Flashcards {

    public static final List<String> KINDS = List.of("definition", "reverse", "relation", "contrast");
    static final String MASK = "___";

    private Flashcards() {}

    /**
     * The cards of the given kinds for the concepts, in learning order (a card sits at the later of its concepts,
     * then by kind, then id). Concept cards for each concept; relation and contrast cards for each stored relation
     * with one end among the concepts, or both when {@code bothEnds}.
     */
    static List<Flashcard> cards(
            StudyIndex index, Collection<String> concepts, Collection<String> kinds, boolean bothEnds) {
        Set<String> selected = new TreeSet<>(concepts);
        List<Flashcard> out = new ArrayList<>();
        for (String id : selected) {
            ConceptInfo c = index.info(id);
            if (c == null) {
                continue;
            }
            if (kinds.contains("definition") && !c.summary().isBlank()) {
                out.add(card("definition", Source.concept(id), c.name(), c.summary(), List.of(id), index));
            }
            if (kinds.contains("reverse") && !c.summary().isBlank()) {
                out.add(card("reverse", Source.concept(id), index.maskedSummary(id), c.name(), List.of(id), index));
            }
        }
        Map<String, Flashcard> relationCards = new LinkedHashMap<>();
        for (String id : selected) {
            for (Rel r : index.relations(id)) {
                Map<String, RelationType> types = index.view.types();
                // a symmetric relation is stored in either direction: name it by its ends in id order
                boolean swap = RelationReading.symmetric(types, r.type())
                        && r.start(id).compareTo(r.end(id)) > 0;
                String from = swap ? r.end(id) : r.start(id);
                String to = swap ? r.start(id) : r.end(id);
                boolean contrast = r.type().equals(StudyIndex.CONTRASTS_WITH);
                if (!kinds.contains(contrast ? "contrast" : "relation") || bothEnds && !selected.contains(r.other())) {
                    continue;
                }
                ConceptInfo a = index.info(from);
                ConceptInfo b = index.info(to);
                String key = r.type() + ":" + from + ":" + to;
                if (a == null || b == null || relationCards.containsKey(key)) {
                    continue;
                }
                Source source = Source.relation(r.type(), from, to);
                relationCards.put(
                        key,
                        contrast
                                ? card(
                                        "contrast",
                                        source,
                                        a.name() + " vs. " + b.name(),
                                        contrastBack(a, b, r.reason()),
                                        List.of(from, to),
                                        index)
                                : card(
                                        "relation",
                                        source,
                                        "How does " + a.name() + " relate to " + b.name() + "?",
                                        a.name() + " " + RelationReading.label(types, r.type(), true) + " " + b.name()
                                                + (r.reason().isBlank() ? "." : ": " + r.reason()),
                                        List.of(from, to),
                                        index));
            }
        }
        out.addAll(relationCards.values());
        record Placed(int position, int kind, Flashcard card) {}
        return out.stream()
                .map(f -> new Placed(position(index, f.conceptIds()), KINDS.indexOf(f.kind()), f))
                .sorted(Comparator.comparingInt(Placed::position)
                        .thenComparingInt(Placed::kind)
                        .thenComparing(p -> p.card().id()))
                .map(Placed::card)
                .toList();
    }

    /** Where a card about these concepts goes in learning order: after the last of them. */
    static int position(StudyIndex index, List<String> conceptIds) {
        return conceptIds.stream()
                .mapToInt(id -> index.rank.getOrDefault(id, Integer.MAX_VALUE))
                .max()
                .orElse(0);
    }

    private static String contrastBack(ConceptInfo a, ConceptInfo b, String reason) {
        String summaries = a.name() + ": " + a.summary() + "\n" + b.name() + ": " + b.summary();
        return reason.isBlank() ? summaries : reason + "\n\n" + summaries;
    }

    private static Flashcard card(
            String kind, Source source, String front, String back, List<String> conceptIds, StudyIndex index) {
        Set<String> tags = new TreeSet<>();
        for (String id : conceptIds) {
            tags.addAll(index.info(id).topics());
        }
        List<String> tagList = new ArrayList<>(List.of(kind));
        tagList.addAll(tags);
        return new Flashcard(
                id(kind.substring(0, 3), kind, source, front, back), kind, front, back, conceptIds, tagList, source);
    }

    /**
     * A stable id: the prefix and the first 80 bits of SHA-256 over the kind, the source's key and the texts the item
     * shows, so the same source with the same text gets the same id in every call, revision and replica.
     */
    static String id(String prefix, String kind, Source source, String... texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((kind + "\n" + source.key()).getBytes(StandardCharsets.UTF_8));
            for (String t : texts) {
                sha.update(("\n" + t).getBytes(StandardCharsets.UTF_8));
            }
            return prefix + "-" + HexFormat.of().formatHex(sha.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text with the concept's name and aliases (and their plurals) replaced by {@value #MASK}, ignoring case. */
    static String mask(String text, ConceptInfo c) {
        return mask(text, namePattern(c));
    }

    static String mask(String text, Pattern names) {
        return names.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /** One pattern for the concept's name and aliases as whole words, longest first, with an optional plural ending. */
    static Pattern namePattern(ConceptInfo c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.name());
        List<String> quoted = names.stream()
                .map(String::trim)
                .filter(n -> !n.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .toList();
        if (quoted.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?:s|es)?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when the text names the concept (its name or an alias as a whole word, ignoring case). */
    static boolean names(String text, ConceptInfo c) {
        return namePattern(c).matcher(text).find();
    }
}
