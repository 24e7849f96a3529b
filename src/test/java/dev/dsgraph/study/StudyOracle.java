package dev.dsgraph.study;

import dev.dsgraph.cache.ConceptNode.Rel;
import dev.dsgraph.study.StudyModels.Question;

/**
 * Whether an option of a question is a true answer, decided from the graph alone, independently of how the
 * generator chose it: the oracle of the quiz tests.
 */
final class StudyOracle {

    private StudyOracle() {}

    static boolean isTrue(StudyIndex index, Question q, String ref) {
        String from = q.source().from();
        String to = q.source().to();
        return switch (q.kind()) {
            case "describe" ->
                ref.equals(q.source().concept())
                        || q.question()
                                .contains("\"" + Flashcards.mask(index.info(ref).summary(), index.info(ref)) + "\"");
            case "relation" ->
                holds(index, from, ref, to)
                        || holds(index, to, ref, from)
                                && index.view.types().get(ref).symmetric();
            case "prerequisite" -> holds(index, from, "PREREQUISITE_OF", ref);
            case "contrast" -> holds(index, from, "CONTRASTS_WITH", ref) || holds(index, ref, "CONTRASTS_WITH", from);
            default -> throw new AssertionError(q.kind());
        };
    }

    /** A stored relation of the type from one concept to the other. */
    static boolean holds(StudyIndex index, String from, String type, String to) {
        for (Rel r : index.view.node(from).relations()) {
            if (r.outgoing() && r.type().equals(type) && r.other().equals(to)) {
                return true;
            }
        }
        return false;
    }
}
