package dev.mockhost.calls;

import java.time.Instant;
import java.util.Locale;

/**
 * Which calls of a mock's log to give, as the Postman API's call-log parameters say: a page of at most
 * {@code limit} records after {@code cursor} (the id of the last record of the previous page) in the given
 * direction, filtered by time, status, response type, method and path. A null filter matches every record.
 *
 * @param newestFirst descending by time (the default), else ascending
 */
public record CallQuery(Long cursor, int limit, boolean newestFirst, Instant since, Instant until,
                        Integer statusCode, String responseType, String method, String path) {

    public static CallQuery newest(int limit) {
        return new CallQuery(null, limit, true, null, null, null, null, null, null);
    }

    /** Whether {@code record} passes the filters (the cursor aside). */
    boolean matches(CallRecord record) {
        return (since == null || !record.servedAt().isBefore(since))
                && (until == null || !record.servedAt().isAfter(until))
                && (statusCode == null || statusCode == record.response().statusCode())
                && (responseType == null || responseType.equals(record.responseType()))
                && (method == null || method.equals(record.request().method()))
                && (path == null || path.equals(record.request().path()));
    }

    /** Whether a record of id {@code id} lies beyond the cursor, in this query's direction. */
    boolean afterCursor(long id) {
        return cursor == null || (newestFirst ? id < cursor : id > cursor);
    }

    /** Methods are compared as sent, which Mockhost logs in upper case. */
    public static String method(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
