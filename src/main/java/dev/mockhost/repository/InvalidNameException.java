package dev.mockhost.repository;

/** An id or name that cannot be used; answered with 400 naming the field. */
public final class InvalidNameException extends IllegalArgumentException {

    private final String field;

    public InvalidNameException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
