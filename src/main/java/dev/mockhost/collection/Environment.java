package dev.mockhost.collection;

import java.util.List;

/** A Postman environment: its enabled values. */
public record Environment(String id, String name, List<NameValue> values) {

    public Environment {
        values = List.copyOf(values);
    }
}
