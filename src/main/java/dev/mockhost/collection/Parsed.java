package dev.mockhost.collection;

import java.util.List;

/** What a reader made of a file, with the parts it had to leave out and why. */
public record Parsed<T>(T value, List<Problem> warnings) {

    public Parsed {
        warnings = List.copyOf(warnings);
    }
}
