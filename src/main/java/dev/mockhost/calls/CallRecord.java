package dev.mockhost.calls;

import dev.mockhost.collection.NameValue;

import java.time.Instant;
import java.util.List;

/**
 * One call to a mock as its call log keeps it: what came in, which example answered (null when none did) and what
 * went out. Sensitive request headers are masked and bodies cut at the configured size before a record is made.
 */
public record CallRecord(long id, Instant servedAt, String exampleId, String responseName, Request request,
                         Response response) {

    /** The call. */
    public record Request(String method, String path, String query, List<NameValue> headers, String body,
                          boolean bodyTruncated) {

        public Request {
            headers = List.copyOf(headers);
        }
    }

    /** The answer. */
    public record Response(int statusCode, List<NameValue> headers, String body, boolean bodyTruncated) {

        public Response {
            headers = List.copyOf(headers);
        }
    }
}
