package dev.mockhost.web;

import dev.mockhost.answer.Answer;
import dev.mockhost.answer.Outcome;
import dev.mockhost.calls.CallLogs;
import dev.mockhost.calls.CallRecord;
import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.rendering.ResponseCompiler;
import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a call and its answer into a call log record, masking credentials and cutting long bodies. */
final class CallRecorder {

    /** Request headers whose values never reach a call log. */
    static final Set<String> MASKED = Set.of("x-api-key", "authorization", "proxy-authorization", "cookie");
    static final String MASK = "[masked]";

    private CallRecorder() {
    }

    /** {@code call} is null when the request could not be read (its body too large, say). */
    static void record(CallLogs logs, MockTarget target, HttpServletRequest request, IncomingRequest call,
                       Outcome outcome) {
        record(logs, target, request, call, outcome, responseType(outcome.answer()));
    }

    /** {@code responseType} says what answered, when the answer alone cannot (an upstream's answer). */
    static void record(CallLogs logs, MockTarget target, HttpServletRequest request, IncomingRequest call,
                       Outcome outcome, String responseType) {
        Answer answer = outcome.answer();
        int limit = logs.bodyLimit();
        List<NameValue> headers = new ArrayList<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean masked = MASKED.contains(name.toLowerCase(Locale.ROOT));
            for (String value : Collections.list(request.getHeaders(name))) {
                headers.add(new NameValue(name, masked ? MASK : value));
            }
        }
        String requestBody = call == null ? "" : call.body();
        if (call != null && requestBody.isEmpty() && !call.formFields().isEmpty()) {
            requestBody = call.formFields().toString();
        }
        byte[] requestBytes = requestBody.getBytes(StandardCharsets.UTF_8);
        byte[] responseBytes = answer.body();
        CallRecord record = new CallRecord(0, Instant.now(), responseType, answer.exampleId(),
                answer.responseName(), outcome.step(), outcome.score(), outcome.explanation(),
                new CallRecord.Request(request.getMethod(), "/" + String.join("/", target.path()),
                        request.getQueryString() == null ? "" : request.getQueryString(), headers,
                        head(requestBytes, limit, StandardCharsets.UTF_8), requestBytes.length > limit),
                new CallRecord.Response(answer.status(), answer.headers(), head(responseBytes, limit,
                        charsetOf(answer)), responseBytes.length > limit));
        logs.add(target.mock().name(), record);
    }

    private static String responseType(Answer answer) {
        if (answer.exampleId() != null) {
            return CallRecord.EXAMPLE;
        }
        return answer.responseName() != null ? CallRecord.SERVER_RESPONSE : CallRecord.ERROR;
    }

    /** The first {@code limit} bytes as text: a large constant answer is never decoded whole for its log. */
    private static String head(byte[] bytes, int limit, Charset charset) {
        return new String(bytes, 0, Math.min(bytes.length, limit), charset);
    }

    private static Charset charsetOf(Answer answer) {
        for (NameValue header : answer.headers()) {
            if (header.name().equalsIgnoreCase("Content-Type")) {
                return ResponseCompiler.charsetOf(header.value());
            }
        }
        return StandardCharsets.UTF_8;
    }
}
