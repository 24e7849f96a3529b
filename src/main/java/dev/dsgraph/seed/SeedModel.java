package dev.dsgraph.seed;

import dev.dsgraph.concept.ConceptModels.Figure;

import java.util.List;

/** The graph seed as read from its files: relation vocabulary, topics, concepts and relations. */
public record SeedModel(
        List<RelationTypeDef> relationTypes,
        List<TopicDef> topics,
        List<ConceptDef> concepts,
        List<RelationDef> relations) {

    /** Where an entry came from, for problem reports: a file and the entry's position in it. */
    public record Origin(String file, String entry) {
        @Override
        public String toString() {
            return file + " " + entry;
        }
    }

    /** One relation type of the vocabulary. */
    public record RelationTypeDef(
            String type,
            String label,
            String inverse,
            String description,
            boolean symmetric,
            boolean acyclic,
            double weight,
            Origin origin) {}

    /** One section of the study sheet. */
    public record TopicDef(String id, String name, String parent, String description, int order, Origin origin) {}

    /**
     * One concept. {@code foundational} marks a genuine starting point of the sheet, the only kind of concept allowed
     * an empty learning path.
     */
    public record ConceptDef(
            String id,
            String name,
            List<String> aliases,
            String summary,
            String details,
            List<String> topics,
            List<String> tags,
            List<String> examples,
            List<Figure> figures,
            Origin origin,
            boolean foundational) {

        /** A concept that is not a starting point (what the curation API writes). */
        public ConceptDef(
                String id,
                String name,
                List<String> aliases,
                String summary,
                String details,
                List<String> topics,
                List<String> tags,
                List<String> examples,
                List<Figure> figures,
                Origin origin) {
            this(id, name, aliases, summary, details, topics, tags, examples, figures, origin, false);
        }
    }

    /** One typed relation between two concepts. */
    public record RelationDef(String from, String type, String to, String reason, double weight, Origin origin) {}
}
