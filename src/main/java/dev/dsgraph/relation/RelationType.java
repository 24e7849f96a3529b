package dev.dsgraph.relation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.neo4j.driver.types.MapAccessor;

/** One type of the relation vocabulary. */
@Schema(name = "RelationType", description = "A relation type of the vocabulary")
public record RelationType(
        @Schema(examples = "PREREQUISITE_OF") String type,

        @Schema(description = "How to read it from source to target", examples = "prerequisite of")
        String label,

        @Schema(description = "How to read it backwards, from target to source", examples = "requires")
        String inverse,

        @Schema(examples = "The source must be understood before the target.")
        String description,

        @Schema(description = "True when A type B implies B type A; stored once, read from both ends")
        boolean symmetric,

        @Schema(description = "True when relations of this type may never form a cycle")
        boolean acyclic,

        @Schema(description = "Weight of the type in related-concept ranking, in (0,1]", examples = "1.0")
        double weight) {

    public static RelationType from(MapAccessor r) {
        return new RelationType(
                r.get("type").asString(),
                r.get("label").asString(),
                r.get("inverse").asString(),
                r.get("description").asString(),
                r.get("symmetric").asBoolean(),
                r.get("acyclic").asBoolean(),
                r.get("weight").asDouble(1.0));
    }
}
