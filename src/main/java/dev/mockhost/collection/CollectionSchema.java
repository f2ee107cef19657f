package dev.mockhost.collection;

/**
 * The collection formats Mockhost reads. DRAFT_V2 is Postman's pre-release v2 without {@code info.schema}; V3 is a
 * directory of YAML files (collection schema 3.0.0).
 */
public enum CollectionSchema {
    V2_0, V2_1, DRAFT_V2, V3
}
