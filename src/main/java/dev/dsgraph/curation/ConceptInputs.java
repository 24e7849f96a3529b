package dev.dsgraph.curation;

import dev.dsgraph.concept.ConceptModels.Concept;
import dev.dsgraph.concept.ConceptModels.Figure;
import dev.dsgraph.concept.ConceptModels.TopicRef;
import dev.dsgraph.curation.CurationModels.ConceptInput;
import dev.dsgraph.curation.CurationModels.FigureInput;
import dev.dsgraph.seed.SeedModel.ConceptDef;
import dev.dsgraph.write.ConceptRow;

import java.util.List;

/**
 * A concept as the API takes it ({@link ConceptInput}) to and from the write model: the definition a seed file would
 * hold ({@link ConceptDef}), so that both are stored by one row ({@link ConceptRow}), and back from the stored concept
 * ({@link Concept}) for a merge patch and for telling an unchanged body.
 */
final class ConceptInputs {

    private ConceptInputs() {}

    /** The stored row of a body written to concept {@code id}; the API never marks a concept foundational. */
    static ConceptRow row(String id, ConceptInput body) {
        return ConceptRow.of(toDef(id, body));
    }

    /** The content digest of a stored concept, as the write model computes it for a new body. */
    static String digest(String id, Concept current) {
        return row(id, fromConcept(current)).digest();
    }

    static ConceptDef toDef(String id, ConceptInput body) {
        return new ConceptDef(
                id,
                body.name().strip(),
                orEmpty(body.aliases()),
                body.summary().strip(),
                body.details() == null ? "" : body.details().strip(),
                topics(body),
                orEmpty(body.tags()),
                orEmpty(body.examples()),
                orEmpty(body.figures()).stream().map(ConceptInputs::figure).toList(),
                null);
    }

    /** The body that would write the stored concept as it is (its id comes from the path). */
    static ConceptInput fromConcept(Concept c) {
        return new ConceptInput(
                null,
                c.name(),
                c.aliases(),
                c.summary(),
                c.details().isEmpty() ? null : c.details(),
                c.topics().stream().map(TopicRef::id).toList(),
                c.tags(),
                c.examples(),
                c.figures().stream()
                        .map(f -> new FigureInput(f.name(), f.value(), f.unit(), f.note()))
                        .toList());
    }

    static List<String> topics(ConceptInput body) {
        return orEmpty(body.topics());
    }

    private static Figure figure(FigureInput f) {
        return new Figure(f.name(), f.value(), f.unit(), f.note());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
