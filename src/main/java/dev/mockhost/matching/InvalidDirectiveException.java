package dev.mockhost.matching;

/** An {@code x-mock-*} header whose value cannot be used; answered with 400 naming the header. */
public final class InvalidDirectiveException extends IllegalArgumentException {

    private final String header;

    public InvalidDirectiveException(String header, String message) {
        super(header + " " + message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
