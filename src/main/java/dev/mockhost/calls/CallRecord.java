package dev.mockhost.calls;

import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.Explanation;

import java.time.Instant;
import java.util.List;

/**
 * One call to a mock as its call log keeps it: what came in, which example answered (null when none did) with its
 * path step and score, why when nothing did, and what went out. Sensitive request headers are masked and bodies cut
 * at the configured size before a record is made.
 *
 * @param id           given by the store the record is added to (0 before): ids grow with time, so they are cursors
 * @param responseType what answered: {@link #EXAMPLE}, {@link #SERVER_RESPONSE}, {@link #PROXIED}, {@link #RECORDED}
 *                     or {@link #ERROR}
 * @param matchStep    the path step of the example that answered, or null
 * @param explanation  why nothing answered (the nearest examples and what each failed), or why the call asked for;
 *                     null for a plain hit
 */
public record CallRecord(long id, Instant servedAt, String responseType, String exampleId, String responseName,
                         String matchStep, double score, Explanation explanation, Request request,
                         Response response) {

    /** A saved example answered. */
    public static final String EXAMPLE = "example";
    /** The mock's active server response answered. */
    public static final String SERVER_RESPONSE = "serverResponse";
    /** No example matched; the mock's upstream answered. */
    public static final String PROXIED = "proxied";
    /** No example matched; the mock's upstream answered and its answer was saved as a new example. */
    public static final String RECORDED = "recorded";
    /** Mockhost answered itself: no example matched, or the call could not be read. */
    public static final String ERROR = "error";

    /** The call. {@code path} is the path below the mock, as the mock's examples name it. */
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

    CallRecord withId(long newId) {
        return new CallRecord(newId, servedAt, responseType, exampleId, responseName, matchStep, score, explanation,
                request, response);
    }
}
