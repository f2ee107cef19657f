package dev.mockhost.matching;

/** Reads a request header by name, case-insensitively; null when absent. */
@FunctionalInterface
public interface HeaderLookup {

    HeaderLookup NONE = name -> null;

    String first(String name);
}
