package dev.mockhost.web;

import dev.mockhost.calls.CallLogs;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.InvalidDirectiveException;
import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.matching.MatchResult;
import dev.mockhost.matching.Matcher;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.rendering.RenderedResponse;
import dev.mockhost.rendering.Renderer;
import dev.mockhost.rendering.ResponseTemplate;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catch-all: {@code /{mock}/{path}} answered with the mock's active server response, else the best-matching
 * example of the snapshot the access filter resolved, else Postman's 404; every answer goes to the call log.
 */
public class MockServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(MockServlet.class.getName());

    /** How long past its delay a delayed answer may take before the container gives up on it. */
    private static final long ASYNC_GRACE_MILLIS = 30_000;

    /** Postman's answer when no example matches, byte for byte. */
    static final byte[] NO_MATCH = ("{\"error\":{\"name\":\"mockRequestNotFoundError\",\"message\":\"Double check "
            + "your method and the request path and try again.\",\"header\":\"No matching requests\"}}")
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    SnapshotRepository repository;

    @Inject
    DelayScheduler delays;

    @Inject
    CallLogs callLogs;

    @Inject
    Settings settings;

    private String mockDomain;

    private final Matcher matcher = new Matcher();

    @Override
    public void init() {
        mockDomain = settings.get(Setting.MOCK_DOMAIN);
    }
    private final Renderer renderer = new Renderer();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (InvalidBodyException e) {
            ErrorBody.of(400, "malformedRequestError", e.getMessage()).writeTo(response);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "failed to answer " + request.getMethod() + " " + request.getRequestURI());
            if (!response.isCommitted()) {
                response.reset();
                ErrorBody.of(500, "serverError", "Mockhost failed to answer this call; its log says why")
                        .writeTo(response);
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            ErrorBody.of(503, "serverStartingError", "Mockhost is still loading its directory; try again shortly")
                    .writeTo(response);
            return;
        }
        MockTarget target = MockTarget.of(request, snapshot, mockDomain);
        CompiledMock mock = target.mock();
        if (mock == null) {
            ErrorBody.of(404, "mockNotFoundError", target.name().isEmpty()
                    ? "Give a mock's name as the first path segment; GET api/status lists them"
                    : "No mock named \"" + target.name() + "\"; GET api/status lists the mocks served")
                    .writeTo(response);
            return;
        }
        IncomingRequest call = CallReader.read(request, target.path());
        Answer answer;
        long delay = 0;
        if (call == null) {
            answer = Answer.error(ErrorBody.of(400, "requestBodyTooLargeError", "The request body is larger than "
                    + "1 MB, the most a mock matches"));
        } else {
            try {
                MatchDirectives directives = MatchDirectives.from(call.headers(), mock.definition().match());
                ServerResponse serverResponse = mock.definition().activeServerResponse();
                answer = serverResponse != null ? Answer.serverResponse(serverResponse)
                        : match(mock, call, directives);
                if (serverResponse != null || answer.exampleId() != null) {
                    delay = delayOf(mock, directives);
                }
            } catch (InvalidDirectiveException e) {
                answer = Answer.error(ErrorBody.of(400, "invalidHeaderError", e.getMessage()).withHeader(e.header()));
            }
        }
        CallRecorder.record(callLogs, mock.name(), request, call, answer);
        send(answer, delay, request, response);
    }

    private Answer match(CompiledMock mock, IncomingRequest call, MatchDirectives directives) {
        MatchResult<ResponseTemplate> result = matcher.match(mock.routes(), call, directives,
                mock.definition().match());
        return switch (result.outcome()) {
            case MATCHED -> {
                ResponseTemplate template = result.route().answer();
                RenderedResponse rendered = renderer.render(template, renderer.context(result.captures(), call));
                yield Answer.example(rendered, template, result.route().id(), result.route().name());
            }
            case NO_MATCH -> Answer.json(404, NO_MATCH);
            case UNKNOWN_RESPONSE_ID -> Answer.error(ErrorBody.of(404, "mockResponseNotFoundError", "No example of "
                    + "this mock has the id \"" + directives.responseId() + "\" for " + call.method())
                    .withHeader(MatchDirectives.RESPONSE_ID));
            case UNKNOWN_RESPONSE_NAME -> Answer.error(ErrorBody.of(404, "mockResponseNotFoundError", "No example "
                    + "of this mock is named \"" + directives.responseName() + "\" for " + call.method())
                    .withHeader(MatchDirectives.RESPONSE_NAME));
        };
    }

    private static long delayOf(CompiledMock mock, MatchDirectives directives) {
        return directives.delayMillis() != null ? directives.delayMillis()
                : mock.definition().delay().pick(ThreadLocalRandom.current());
    }

    /** Writes now or, when delayed, later without holding this thread. */
    private void send(Answer answer, long delayMillis, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean exposeHeaders = request.getHeader(CorsFilter.ORIGIN) != null;
        String method = request.getMethod();
        if (delayMillis <= 0) {
            ResponseWriter.write(answer, exposeHeaders, method, response);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(delayMillis + ASYNC_GRACE_MILLIS);
        delays.schedule(() -> async.start(() -> {
            try {
                ResponseWriter.write(answer, exposeHeaders, method, (HttpServletResponse) async.getResponse());
            } catch (IOException | RuntimeException clientGone) {
                LOG.log(Level.FINE, "delayed answer not delivered", clientGone);
            } finally {
                async.complete();
            }
        }), delayMillis);
    }
}
