package dev.dsgraph.cache;

/**
 * A topic (a section of the study sheet) as every replica keeps it.
 *
 * @param id topic id
 * @param name display name
 * @param description what the section covers, or null
 * @param parent id of the parent topic, or null for a root
 * @param order position among its siblings in the sheet
 */
public record TopicInfo(String id, String name, String description, String parent, long order) {}
