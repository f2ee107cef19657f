package dev.mockhost.failure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that cannot be carried out, as the caller will read it: the error's name (and so its status), a message
 * saying what to do, and the field or header at fault. Thrown anywhere below the HTTP edge; one mapper there turns it
 * into the JSON error body.
 */
public final class Failure extends RuntimeException {

    private final transient ErrorBody body;
    private final transient Map<String, String> responseHeaders;

    private Failure(ErrorBody body, Map<String, String> responseHeaders) {
        super(body.message(), null, false, false);
        this.body = body;
        this.responseHeaders = Map.copyOf(responseHeaders);
    }

    public static Failure of(ErrorName name, String message) {
        return of(ErrorBody.of(name, message));
    }

    public static Failure of(ErrorBody body) {
        return new Failure(body, Map.of());
    }

    /** The field of the JSON body or the parameter at fault. */
    public Failure field(String field) {
        return new Failure(body.withField(field), responseHeaders);
    }

    /** The request header at fault. */
    public Failure header(String header) {
        return new Failure(body.withHeader(header), responseHeaders);
    }

    /** A header the answer carries besides the body: the {@code ETag} of the version a 412 found. */
    public Failure responseHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(responseHeaders);
        headers.put(name, value);
        return new Failure(body, headers);
    }

    public ErrorBody body() {
        return body;
    }

    public Map<String, String> responseHeaders() {
        return responseHeaders;
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
