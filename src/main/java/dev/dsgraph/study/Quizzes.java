package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptInfo;
import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.relation.RelationReading;
import dev.dsgraph.relation.RelationType;
import dev.dsgraph.study.StudyModels.Option;
import dev.dsgraph.study.StudyModels.Question;
import dev.dsgraph.study.StudyModels.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Multiple-choice questions derived from the graph, with distractors that are plausible (same topic, siblings under
 * the same IS_A parent, contrasted concepts first) and wrong according to the graph. Pure and deterministic: the
 * same graph, selection and seed give the same quiz.
 */
final class Quizzes {

    public static final List<String> KINDS = List.of("describe", "relation", "prerequisite", "contrast");
    /** Never offered as a wrong relation: any two related concepts are "related to" each other in a loose sense. */
    static final String RELATED_TO = "RELATED_TO";

    private Quizzes() {}

    /** Every question the concepts can make, of the given kinds, each with its options and answer fixed by the seed. */
    static List<Question> candidates(
            StudyIndex index, Collection<String> concepts, Collection<String> kinds, int seed) {
        Set<String> selected = new TreeSet<>(concepts);
        Map<String, Question> out = new LinkedHashMap<>();
        Set<String> stems = new HashSet<>();
        for (String id : selected) {
            ConceptInfo c = index.info(id);
            if (c == null) {
                continue;
            }
            if (kinds.contains("describe") && !c.summary().isBlank()) {
                String masked = index.maskedSummary(id);
                String stem = "Which concept is described: \"" + masked + "\"?";
                add(
                        out,
                        stems,
                        conceptQuestion(
                                index,
                                "describe",
                                Source.concept(id),
                                stem,
                                id,
                                c.summary(),
                                id,
                                seed,
                                d -> !d.equals(id)
                                        && !index.maskedSummary(d).equals(masked)
                                        && !index.names(d).matcher(stem).find()));
            }
            if (kinds.contains("prerequisite")) {
                List<String> next = index.neighbours(id, StudyIndex.PREREQUISITE_OF, true);
                if (!next.isEmpty()) {
                    String target = next.get(new Random(seed ^ id.hashCode()).nextInt(next.size()));
                    Set<String> unlocked = index.closure(id, StudyIndex.PREREQUISITE_OF, true);
                    add(
                            out,
                            stems,
                            conceptQuestion(
                                    index,
                                    "prerequisite",
                                    Source.relation(StudyIndex.PREREQUISITE_OF, id, target),
                                    c.name() + " is a direct prerequisite of which of these?",
                                    target,
                                    explain(index, StudyIndex.PREREQUISITE_OF, id, target),
                                    id,
                                    seed,
                                    d -> !d.equals(id) && !unlocked.contains(d)));
                }
            }
            for (Rel r : index.relations(id)) {
                boolean swap = r.type().equals(StudyIndex.CONTRASTS_WITH)
                        && r.start(id).compareTo(r.end(id)) > 0;
                String from = swap ? r.end(id) : r.start(id);
                String to = swap ? r.start(id) : r.end(id);
                if (index.info(r.other()) == null) {
                    continue;
                }
                if (kinds.contains("contrast")
                        && r.type().equals(StudyIndex.CONTRASTS_WITH)
                        && !out.containsKey("contrast:" + from + ":" + to)) {
                    Set<String> contrasted = index.linked(from, StudyIndex.CONTRASTS_WITH);
                    ConceptInfo a = index.info(from);
                    String hint = r.reason().isBlank() ? "" : " Hint: " + Flashcards.mask(r.reason(), index.names(to));
                    add(
                            out,
                            stems,
                            conceptQuestion(
                                    index,
                                    "contrast",
                                    Source.relation(r.type(), from, to),
                                    a.name() + " vs. " + Flashcards.MASK + ": which concept is " + a.name()
                                            + " contrasted with?" + hint,
                                    to,
                                    explain(index, r.type(), from, to),
                                    from,
                                    seed,
                                    d -> !d.equals(from) && !contrasted.contains(d)));
                }
                if (kinds.contains("relation")
                        && !r.type().equals(StudyIndex.CONTRASTS_WITH)
                        && !out.containsKey("relation:" + pairKey(r.start(id), r.end(id)))) {
                    add(out, stems, relationQuestion(index, r.start(id), r.end(id), seed));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * {@code count} questions: the candidates of each kind shuffled by the seed, then taken from the kinds in turn so
     * that a quiz mixes them; no question twice.
     */
    static List<Question> pick(List<Question> candidates, int count, int seed) {
        Map<String, List<Question>> byKind = new TreeMap<>(Comparator.comparing(KINDS::indexOf));
        candidates.stream()
                .sorted(Comparator.comparing(Question::id))
                .forEach(q ->
                        byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q));
        Random random = new Random(seed);
        byKind.values().forEach(list -> Collections.shuffle(list, random));
        List<Question> out = new ArrayList<>();
        for (int i = 0; out.size() < count && out.size() < candidates.size(); i++) {
            for (List<Question> list : byKind.values()) {
                if (i < list.size() && out.size() < count) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }

    /** Adds a question unless one from the same source or with the same text is there already. */
    private static void add(Map<String, Question> out, Set<String> stems, Question q) {
        if (q == null || stems.contains(q.question())) {
            return;
        }
        String key = q.kind() + ":"
                + (q.source().concept() != null
                        ? q.source().concept()
                        : q.source().from() + ":" + q.source().to());
        if (q.kind().equals("relation")) {
            key = "relation:" + pairKey(q.source().from(), q.source().to());
        }
        if (out.putIfAbsent(key, q) == null) {
            stems.add(q.question());
        }
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    private static String explain(StudyIndex index, String type, String from, String to) {
        Map<String, RelationType> types = index.view.types();
        String reason = "";
        for (Rel r : index.relations(from)) {
            if (r.type().equals(type)
                    && (r.outgoing() || RelationReading.symmetric(types, type))
                    && r.other().equals(to)) {
                reason = r.reason();
            }
        }
        return index.info(from).name() + " " + RelationReading.label(types, type, true) + " "
                + index.info(to).name() + (reason.isBlank() ? "." : ": " + reason);
    }

    /**
     * A question whose options are concepts: the answer and three distractors that {@code wrong} accepts, the
     * plausible ones first (sharing a topic with the answer or the subject, IS_A siblings, contrasted concepts).
     */
    private static Question conceptQuestion(
            StudyIndex index,
            String kind,
            Source source,
            String stem,
            String answer,
            String explanation,
            String subject,
            int seed,
            Predicate<String> wrong) {
        Random random = new Random(seed ^ (kind + source.key()).hashCode());
        List<String> distractors = new ArrayList<>();
        for (Collection<String> tier : tiers(index, answer, subject)) {
            if (distractors.size() == 3) {
                break;
            }
            List<String> pool = new ArrayList<>(tier);
            Collections.shuffle(pool, random);
            for (String d : pool) {
                if (distractors.size() < 3
                        && !d.equals(answer)
                        && !distractors.contains(d)
                        && index.info(d) != null
                        && wrong.test(d)) {
                    distractors.add(d);
                }
            }
        }
        if (distractors.size() < 3) {
            return null;
        }
        List<String> refs = new ArrayList<>(distractors);
        int at = random.nextInt(4);
        refs.add(at, answer);
        List<Option> options =
                refs.stream().map(r -> new Option(index.info(r).name(), r)).toList();
        List<String> concepts =
                source.concept() != null ? List.of(source.concept()) : List.of(source.from(), source.to());
        return new Question(
                Flashcards.id("q", kind, source, stem, answer), kind, stem, options, at, explanation, concepts, source);
    }

    /** Distractor pools from most to least plausible. */
    private static List<Collection<String>> tiers(StudyIndex index, String answer, String subject) {
        List<String> close = index.memo("close:" + answer, () -> {
            Set<String> out = new TreeSet<>(index.linked(answer, StudyIndex.CONTRASTS_WITH));
            for (String parent : index.neighbours(answer, StudyIndex.IS_A, true)) {
                out.addAll(index.neighbours(parent, StudyIndex.IS_A, false));
            }
            out.addAll(index.conceptsIn(new TreeSet<>(index.info(answer).topics())));
            return List.copyOf(out);
        });
        List<String> near = index.memo("near:" + subject + ":" + answer, () -> {
            Set<String> out = new TreeSet<>(
                    index.conceptsIn(new TreeSet<>(index.info(subject).topics())));
            for (String id : List.of(answer, subject)) {
                for (Rel r : index.relations(id)) {
                    out.add(r.other());
                }
            }
            return List.copyOf(out);
        });
        return List.of(close, near, index.ids);
    }

    /**
     * "How are X and Y related?": the options read "X label Y" for the strongest relation stored between them and for
     * three types of which no relation joins them in either direction (never RELATED_TO).
     */
    private static Question relationQuestion(StudyIndex index, String one, String other, int seed) {
        // the same question whichever end it is asked from and in whatever order the store lists the relations
        Rel best = null;
        Comparator<Rel> strongest = Comparator.comparingDouble(Rel::weight)
                .reversed()
                .thenComparing(Rel::type)
                .thenComparing(r -> r.start(one));
        for (Rel r : index.relations(one)) {
            if (r.other().equals(other)
                    && !r.type().equals(StudyIndex.CONTRASTS_WITH)
                    && (best == null || strongest.compare(r, best) < 0)) {
                best = r;
            }
        }
        if (best == null) {
            return null;
        }
        String from = best.start(one);
        String to = best.end(one);
        Set<String> holding = index.typesBetween(from, to);
        Source source = Source.relation(best.type(), from, to);
        Random random = new Random(seed ^ ("relation" + source.key()).hashCode());
        Set<String> used = new LinkedHashSet<>();
        for (String id : List.of(from, to)) {
            for (Rel r : index.relations(id)) {
                used.add(r.type());
            }
        }
        List<String> preferred = new ArrayList<>(new TreeSet<>(used));
        List<String> rest = new ArrayList<>(new TreeSet<>(index.view.types().keySet()));
        Collections.shuffle(preferred, random);
        Collections.shuffle(rest, random);
        List<String> distractors = new ArrayList<>();
        for (List<String> pool : List.of(preferred, rest)) {
            for (String t : pool) {
                if (distractors.size() < 3
                        && !holding.contains(t)
                        && !t.equals(RELATED_TO)
                        && !distractors.contains(t)
                        && index.view.types().containsKey(t)) {
                    distractors.add(t);
                }
            }
        }
        if (distractors.size() < 3) {
            return null;
        }
        List<String> refs = new ArrayList<>(distractors);
        int at = random.nextInt(4);
        refs.add(at, best.type());
        ConceptInfo a = index.info(from);
        ConceptInfo b = index.info(to);
        List<Option> options = refs.stream()
                .map(t -> new Option(
                        a.name() + " " + RelationReading.label(index.view.types(), t, true) + " " + b.name(), t))
                .toList();
        String stem = "How are " + a.name() + " and " + b.name() + " related?";
        return new Question(
                Flashcards.id("q", "relation", source, stem, best.type()),
                "relation",
                stem,
                options,
                at,
                explain(index, best.type(), from, to),
                List.of(from, to),
                source);
    }
}
