package dev.mockhost.collection;

/** An enabled header, query parameter, form field or variable. Disabled entries are dropped when a file is read. */
public record NameValue(String name, String value) {

    public NameValue {
        value = value == null ? "" : value;
    }
}
