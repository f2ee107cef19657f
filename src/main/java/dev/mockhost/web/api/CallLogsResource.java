package dev.mockhost.web.api;

import dev.mockhost.calls.CallLog;
import dev.mockhost.calls.CallLogs;
import dev.mockhost.calls.CallRecord;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.failure.Failure;
import dev.mockhost.management.MockService;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.util.List;

/**
 * {@code GET /api/mocks/{id}/call-logs?cursor=&limit=}: a mock's recent calls, newest first, a page at a time;
 * {@code meta.nextCursor} asks for the next page. Each record says which example answered (its path step and score)
 * and, when none did or the call sent {@code x-mock-explain: true}, why.
 */
@ApplicationScoped
public class CallLogsResource {

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
        String cursorText = exchange.request().getParameter("cursor");
        Long cursor = null;
        if (cursorText != null && !cursorText.isBlank()) {
            if (!cursorText.strip().matches("\\d{1,18}")) {
                throw Failure.invalid("cursor", "cursor is the meta.nextCursor of a previous page, not \""
                        + cursorText + "\"");
            }
            cursor = Long.parseLong(cursorText.strip());
        }
        CallLog.Page page = callLogs.page(mock.name(), cursor, exchange.intQuery("limit", 50, 1, 1000));
        JsonArrayBuilder records = Jsonp.PROVIDER.createArrayBuilder();
        page.records().forEach(record -> records.add(record(record)));
        JsonObjectBuilder meta = Jsonp.PROVIDER.createObjectBuilder();
        if (page.nextCursor() == null) {
            meta.addNull("nextCursor");
        } else {
            meta.add("nextCursor", page.nextCursor().toString());
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("call-logs", records).add("meta", meta).build());
    }

    private static JsonObjectBuilder record(CallRecord record) {
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder().add("id", Long.toString(record.id()))
                .add("servedAt", record.servedAt().toString());
        MockJson.nullable(out, "responseName", record.responseName());
        MockJson.nullable(out, "exampleId", record.exampleId());
        MockJson.nullable(out, "matchStep", record.matchStep());
        if (record.exampleId() != null) {
            out.add("score", record.score());
        }
        if (record.explanation() != null) {
            out.add("explanation", ExplanationJson.of(record.explanation()));
        }
        CallRecord.Request request = record.request();
        out.add("request", Jsonp.PROVIDER.createObjectBuilder().add("method", request.method())
                .add("path", request.path()).add("query", request.query()).add("headers", headers(request.headers()))
                .add("body", request.body()).add("bodyTruncated", request.bodyTruncated()));
        CallRecord.Response response = record.response();
        out.add("response", Jsonp.PROVIDER.createObjectBuilder().add("statusCode", response.statusCode())
                .add("headers", headers(response.headers())).add("body", response.body())
                .add("bodyTruncated", response.bodyTruncated()));
        return out;
    }

    private static JsonArrayBuilder headers(List<NameValue> headers) {
        JsonArrayBuilder out = Jsonp.PROVIDER.createArrayBuilder();
        headers.forEach(h -> out.add(Jsonp.PROVIDER.createObjectBuilder().add("key", h.name()).add("value",
                h.value())));
        return out;
    }
}
