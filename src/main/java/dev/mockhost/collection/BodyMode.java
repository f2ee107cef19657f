package dev.mockhost.collection;

/** Postman's request body modes. */
public enum BodyMode {
    NONE, RAW, URLENCODED, FORMDATA, FILE, GRAPHQL
}
