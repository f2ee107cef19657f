package dev.mockhost.web;

import dev.mockhost.answer.Answer;
import dev.mockhost.audit.AuditEntry;
import dev.mockhost.audit.AuditTrail;
import dev.mockhost.calls.CallRecord;
import dev.mockhost.collection.NameValue;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.matching.Text;
import dev.mockhost.mock.ProxyConfig;
import dev.mockhost.proxy.Exchange;
import dev.mockhost.proxy.Forwarder;
import dev.mockhost.proxy.ProxySettings;
import dev.mockhost.proxy.Recorder;
import dev.mockhost.proxy.Recording;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A call no example matched, sent to the mock's upstream: its answer (saved first in record mode, so the next
 * identical call is the mock's), or its failure as 502 or 504, with what happened in words for the call log.
 */
final class UpstreamCall implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UpstreamCall.class.getName());

    /**
     * What the upstream did. {@code rest} is the remainder of an answer too large to hold, streamed after
     * {@code answer}'s body (null when the body is whole); {@code type} the call log's response type;
     * {@code upstreamNanos} the upstream's time, -1 when the call never left (its body could not be read).
     */
    record Forwarded(Answer answer, InputStream rest, String type, String what, long upstreamNanos) {
    }

    private final ProxySettings settings;
    private final Forwarder forwarder;
    private final Recorder recorder;
    private final AuditTrail audit;

    UpstreamCall(ProxySettings settings, Recorder recorder, AuditTrail audit) {
        this.settings = settings;
        this.forwarder = new Forwarder(settings.timeout(), settings.maxBodyBytes());
        this.recorder = recorder;
        this.audit = audit;
    }

    Forwarded forward(MockTarget target, HttpServletRequest request, ReceivedCall received, ProxyConfig proxy)
            throws IOException {
        long upstreamNanos = -1;
        try {
            Exchange sent = outgoing(target, request, received, proxy);
            long started = System.nanoTime();
            Exchange.Upstream upstream;
            try {
                upstream = forwarder.forward(proxy, sent);
            } finally {
                upstreamNanos = System.nanoTime() - started;
            }
            Answer answer = new Answer(upstream.status(), upstream.headers(), upstream.body(), null, null);
            String what = "forwarded to " + proxy.target() + ", which answered " + upstream.status();
            if (!proxy.records()) {
                return new Forwarded(answer, upstream.rest(), CallRecord.PROXIED, what, upstreamNanos);
            }
            String collection = target.mock().definition().collection();
            Recording recording = record(collection, sent.answered(upstream));
            boolean saved = recording.saved() == Recorder.Saved.RECORDED;
            if (saved) {
                audited(request, collection, upstream.status());
            }
            return new Forwarded(answer, upstream.rest(), saved ? CallRecord.RECORDED : CallRecord.PROXIED,
                    what + "; " + recording.describe(settings), upstreamNanos);
        } catch (Failure failure) {
            // the message names the upstream and what went wrong
            return new Forwarded(Answer.error(failure.body()), null, CallRecord.ERROR, failure.getMessage(),
                    upstreamNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String what = "Forwarding to " + proxy.target() + " was interrupted";
            return new Forwarded(Answer.error(ErrorBody.of(ErrorName.UPSTREAM_UNREACHABLE, what)), null,
                    CallRecord.ERROR, what, upstreamNanos);
        }
    }

    @Override
    public void close() {
        forwarder.close();
    }

    /** The call as it goes upstream: the path below the mock, its query, headers and body as they came. */
    private Exchange outgoing(MockTarget target, HttpServletRequest request, ReceivedCall received,
                              ProxyConfig proxy) throws IOException {
        List<NameValue> headers = requestHeaders(request);
        return new Exchange(request.getMethod(), target.path().stream().map(Text::percentDecode).toList(),
                request.getQueryString(), proxy.records() ? recorder.forwardedHeaders(headers) : headers,
                received.call().body(), CallReader.bodyToForward(request, received), null);
    }

    /** Saving never costs the caller its answer: a failed write is logged and the call is answered as proxied. */
    private Recording record(String collection, Exchange exchange) {
        try {
            Recording recording = recorder.record(collection, exchange);
            LOG.fine(() -> exchange.method() + " " + exchange.pathText() + " of " + collection + ": "
                    + recording.describe(settings));
            return recording;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "could not record " + exchange.method() + " " + exchange.pathText()
                    + " into " + collection);
            return Recording.of(Recorder.Saved.FAILED);
        }
    }

    /** A mock call that changed a collection file: the audit log names every change of a definition. */
    private void audited(HttpServletRequest request, String collection, int status) {
        String key = request.getAttribute(AccessFilter.KEY_NAME) instanceof String name ? name : null;
        audit.record(new AuditEntry(0, Instant.now(), key, "RECORD", "/collections/" + collection,
                request.getRemoteAddr(), status, null));
    }

    private static List<NameValue> requestHeaders(HttpServletRequest request) {
        List<NameValue> headers = new ArrayList<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                headers.add(new NameValue(name, value));
            }
        }
        return headers;
    }
}
