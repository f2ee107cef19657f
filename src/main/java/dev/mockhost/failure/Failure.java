package dev.mockhost.failure;

/**
 * A request that cannot be carried out, as the caller will read it: the error's name (and so its status), a message
 * saying what to do, and the field or header at fault. Thrown anywhere below the HTTP edge; one mapper there turns it
 * into the JSON error body.
 */
public final class Failure extends RuntimeException {

    private final transient ErrorBody body;

    private Failure(ErrorBody body) {
        super(body.message(), null, false, false);
        this.body = body;
    }

    public static Failure of(ErrorName name, String message) {
        return new Failure(ErrorBody.of(name, message));
    }

    public static Failure of(ErrorBody body) {
        return new Failure(body);
    }

    /** The field of the JSON body or the parameter at fault. */
    public Failure field(String field) {
        return new Failure(body.withField(field));
    }

    /** The request header at fault. */
    public Failure header(String header) {
        return new Failure(body.withHeader(header));
    }

    public ErrorBody body() {
        return body;
    }

    public static Failure invalid(String field, String message) {
        return of(ErrorName.INVALID_PARAM, message).field(field);
    }

    public static Failure notFound(String what, String id) {
        return of(ErrorName.INSTANCE_NOT_FOUND, "No " + what + " with the id \"" + id + "\"");
    }

    public static Failure conflict(String message) {
        return of(ErrorName.CONFLICT, message);
    }

    /** Mockhost is loading its directory: the one message for the mocks, the API and the status page. */
    public static Failure starting() {
        return of(ErrorName.SERVER_STARTING, "Mockhost is still loading its directory; try again in a moment");
    }
}
