package dev.mockhost.mock;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * A saved error answer of a mock (Postman's "server responses"): when it is the mock's active one, every call gets
 * it instead of an example, to see how a client copes with a failing server.
 */
public record ServerResponse(String id, String name, int statusCode, List<NameValue> headers, String body) {

    /** Server responses stand for failing servers: 5xx only, as in Postman. */
    public static final int MIN_STATUS = 500;
    public static final int MAX_STATUS = 599;

    /** Whether {@code status}, as text, is a 5xx code. */
    public static boolean isServerError(String status) {
        if (status == null || !status.strip().matches("\\d{3}")) {
            return false;
        }
        int code = Integer.parseInt(status.strip());
        return code >= MIN_STATUS && code <= MAX_STATUS;
    }

    public ServerResponse {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }
}
