package dev.mockhost.web.api;

import dev.mockhost.calls.CallLogs;
import dev.mockhost.calls.CallPage;
import dev.mockhost.calls.CallQuery;
import dev.mockhost.calls.CallRecord;
import dev.mockhost.calls.CallRecordJson;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.Failure;
import dev.mockhost.management.MockService;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/mocks/{id}/call-logs}: a mock's recent calls, a page at a time, with the Postman API's parameters
 * ({@code limit, cursor, since, until, responseStatusCode, responseType, requestMethod, requestPath, sort, direction,
 * include}); {@code meta.nextCursor} asks for the next page. Each record says which example answered (its path step
 * and score) and, when none did or the call sent {@code x-mock-explain: true}, why.
 */
@ApplicationScoped
public class CallLogsResource {

    private static final List<String> RESPONSE_TYPES = List.of(CallRecord.EXAMPLE, CallRecord.SERVER_RESPONSE,
            CallRecord.PROXIED, CallRecord.RECORDED, CallRecord.ERROR);

    @Inject
    SnapshotRepository repository;

    @Inject
    CallLogs callLogs;

    private MockService mocks;

    public void register(ApiRouter router) {
        mocks = new MockService(repository);
        router.add("GET", "/mocks/{id}/call-logs", this::page);
    }

    private void page(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = mocks.get(call.key(), exchange.parameter("id"));
        HttpServletRequest request = exchange.request();
        CallPage page = callLogs.page(mock.name(), query(exchange));
        Set<String> include = include(request.getParameter("include"));
        JsonArrayBuilder records = Jsonp.PROVIDER.createArrayBuilder();
        page.records().forEach(record -> records.add(CallRecordJson.of(record, include)));
        JsonObjectBuilder meta = Jsonp.PROVIDER.createObjectBuilder();
        if (page.nextCursor() == null) {
            meta.addNull("nextCursor");
        } else {
            meta.add("nextCursor", page.nextCursor().toString());
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("call-logs", records).add("meta", meta).build());
    }

    static CallQuery query(ApiExchange exchange) {
        HttpServletRequest request = exchange.request();
        String sort = text(request, "sort");
        if (sort != null && !sort.equals("servedAt")) {
            throw Failure.invalid("sort", "sort is servedAt, the only order a call log has, not \"" + sort + "\"");
        }
        String direction = text(request, "direction");
        if (direction != null && !direction.equals("asc") && !direction.equals("desc")) {
            throw Failure.invalid("direction", "direction is asc or desc, not \"" + direction + "\"");
        }
        String responseType = text(request, "responseType");
        if (responseType != null && !RESPONSE_TYPES.contains(responseType)) {
            throw Failure.invalid("responseType", "responseType is one of " + String.join(", ", RESPONSE_TYPES)
                    + ", not \"" + responseType + "\"");
        }
        String status = text(request, "responseStatusCode");
        if (status != null && !status.matches("[1-5]\\d\\d")) {
            throw Failure.invalid("responseStatusCode", "responseStatusCode is an HTTP status such as 200, not \""
                    + status + "\"");
        }
        String cursor = text(request, "cursor");
        if (cursor != null && !cursor.matches("\\d{1,18}")) {
            throw Failure.invalid("cursor", "cursor is the meta.nextCursor of a previous page, not \"" + cursor
                    + "\"");
        }
        String path = text(request, "requestPath");
        return new CallQuery(cursor == null ? null : Long.parseLong(cursor), exchange.intQuery("limit", 100, 1, 1000),
                !"asc".equals(direction), time(request, "since"), time(request, "until"),
                status == null ? null : Integer.valueOf(status), responseType,
                CallQuery.method(text(request, "requestMethod")),
                path == null || path.startsWith("/") ? path : "/" + path);
    }

    /** Null (show all) unless {@code include} names parts, comma-separated, as the Postman API takes them. */
    private static Set<String> include(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            if (!CallRecordJson.PARTS.contains(name)) {
                throw Failure.invalid("include", "include names request.headers, request.body, response.headers or "
                        + "response.body, comma-separated, not \"" + name + "\"");
            }
            parts.add(name);
        }
        return parts;
    }

    /** An ISO-8601 date-time ({@code 2026-12-02T10:00:00Z}, with an offset, or a date alone for its midnight UTC). */
    private static Instant time(HttpServletRequest request, String name) {
        String text = text(request, name);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return Instant.parse(text + "T00:00:00Z");
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw Failure.invalid(name, name + " is an ISO-8601 date-time such as 2026-12-02T10:00:00Z, not \""
                    + text + "\"");
        }
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
