package dev.dsgraph.cache;

import java.util.List;

/**
 * What every replica keeps of every concept, whatever the memory budget: enough to list, search, name and group
 * concepts. Immutable; replaced as a whole when the concept changes.
 *
 * @param id the concept id
 * @param name display name
 * @param nameLower lowercased name, the sort key of concept lists
 * @param summary one-sentence summary ("" when absent)
 * @param aliases other names
 * @param tags free tags
 * @param topics ids of the topics the concept is directly in, sorted
 */
public record ConceptInfo(
        String id,
        String name,
        String nameLower,
        String summary,
        List<String> aliases,
        List<String> tags,
        List<String> topics) {}
