package dev.mockhost.web;

import dev.mockhost.access.Meter;
import dev.mockhost.answer.Answer;
import dev.mockhost.answer.Answerer;
import dev.mockhost.answer.Outcome;
import dev.mockhost.audit.AuditTrail;
import dev.mockhost.calls.CallLogs;
import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.matching.Explanation;
import dev.mockhost.metrics.Metrics;
import dev.mockhost.metrics.MockhostMetrics;
import dev.mockhost.mock.ProxyConfig;
import dev.mockhost.proxy.ProxySettings;
import dev.mockhost.proxy.Recorder;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catch-all {@code /{mock}/{path}}, a thin adapter: the call's pinned target and the request read as plain
 * values go to the answering step ({@link Answerer}); its answer is logged and written, now or, when delayed, later
 * without holding a request thread.
 */
public class MockServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(MockServlet.class.getName());

    /** How long past its delay a delayed answer may take before the container gives up on it. */
    private static final long ASYNC_GRACE_MILLIS = 30_000;

    @Inject
    SnapshotRepository repository;

    @Inject
    DelayScheduler delays;

    @Inject
    CallLogs callLogs;

    @Inject
    Settings settings;

    @Inject
    Metrics metrics;

    @Inject
    AuditTrail audit;

    @Inject
    ProxyRules proxyRules;

    private MockhostMetrics recorder;
    private Answerer answerer;
    private String mockDomain;
    private UpstreamCall upstream;

    @Override
    public void init() {
        mockDomain = settings.get(Setting.MOCK_DOMAIN);
        recorder = metrics.recorder();
        answerer = new Answerer(recorder);
        ProxySettings proxying = proxyRules.get();
        upstream = new UpstreamCall(proxying, new Recorder(repository.writer(), proxying), audit);
    }


    @Override
    public void destroy() {
        upstream.close();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uncounted = null; // the mock, until its call is counted in the metrics
        try {
            MockTarget target = MockTarget.of(request, repository, mockDomain);
            if (target.mock() == null) {
                ErrorResponses.write(ErrorBody.of(ErrorName.MOCK_NOT_FOUND, target.name().isEmpty()
                        ? "Give a mock's name as the first path segment; GET api/status lists them"
                        : "No mock named \"" + target.name() + "\"; GET api/status lists the mocks served"), response);
                return;
            }
            String mockName = target.mock().name();
            uncounted = mockName;
            ReceivedCall received = null;
            Outcome outcome;
            try {
                received = CallReader.read(request, target.path());
                outcome = answerer.answer(target.mock(), received.call());
            } catch (Failure failure) {
                outcome = Answerer.failed(failure);
            }
            ProxyConfig proxy = target.mock().definition().proxy();
            if (received != null && outcome.answer().isNoMatch() && proxy != null && proxyRules.get().allows(proxy)) {
                proxied(target, request, received, outcome.explanation(), proxy, response);
                return;
            }
            CallRecorder.record(callLogs, target, request, received == null ? null : received.call(), outcome);
            recorder.called(mockName, outcome.answer().status(), bucket(request));
            uncounted = null;
            send(outcome, request, response);
        } catch (Failure failure) {
            ErrorResponses.write(failure.body(), response);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "failed to answer " + request.getMethod() + " " + request.getRequestURI());
            if (uncounted != null) {
                recorder.called(uncounted, ErrorName.SERVER_ERROR.status(), bucket(request));
            }
            if (!response.isCommitted()) {
                response.reset();
                ErrorResponses.write(ErrorBody.of(ErrorName.SERVER_ERROR, "Mockhost failed to answer this call; "
                        + "its log says why"), response);
            }
        }
    }

    /** A miss of a proxying mock, answered by its upstream: logged with why no example answered, and counted. */
    private void proxied(MockTarget target, HttpServletRequest request, ReceivedCall received, Explanation missed,
                         ProxyConfig proxy, HttpServletResponse response) throws IOException {
        UpstreamCall.Forwarded forwarded = upstream.forward(target, request, received, proxy);
        Answer answer = forwarded.answer();
        // why no example answered stays in the record: the nearest examples are what a user fixes to stop proxying
        Explanation explanation = new Explanation((missed == null ? "No example matched" : missed.summary())
                + "; " + forwarded.what(), null, missed == null ? List.of() : missed.nearest());
        CallRecorder.record(callLogs, target, request, received.call(), new Outcome(answer, explanation, null, 0, 0),
                forwarded.type());
        recorder.called(target.mock().name(), answer.status(), bucket(request));
        if (forwarded.upstreamNanos() >= 0) {
            recorder.forwarded(target.mock().name(), forwarded.type(), forwarded.upstreamNanos());
        }
        if (forwarded.rest() == null) {
            ResponseWriter.write(answer, request.getMethod(), response);
        } else {
            ResponseWriter.stream(answer, forwarded.rest(), request.getMethod(), response);
        }
    }

    /** Whose quota the access filter counted this call against. */
    private static String bucket(HttpServletRequest request) {
        return request.getAttribute(AccessFilter.BUCKET) instanceof String bucket ? bucket : Meter.ANONYMOUS;
    }

    /** Writes now or, when delayed, later without holding this thread. */
    private void send(Outcome outcome, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Answer answer = outcome.answer();
        String method = request.getMethod();
        if (outcome.delayMillis() <= 0) {
            ResponseWriter.write(answer, method, response);
            return;
        }
        // the objects this servlet was given, so the filters' wrappers (CORS) stay in place for the later write
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(outcome.delayMillis() + ASYNC_GRACE_MILLIS);
        delays.schedule(() -> async.start(() -> {
            try {
                ResponseWriter.write(answer, method, (HttpServletResponse) async.getResponse());
            } catch (IOException | RuntimeException clientGone) {
                LOG.log(Level.FINE, "delayed answer not delivered", clientGone);
            } finally {
                async.complete();
            }
        }), outcome.delayMillis());
    }
}
