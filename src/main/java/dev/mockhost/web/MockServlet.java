package dev.mockhost.web;

import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.InvalidDirectiveException;
import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.matching.MatchResult;
import dev.mockhost.matching.Matcher;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.rendering.RenderedResponse;
import dev.mockhost.rendering.Renderer;
import dev.mockhost.rendering.ResponseTemplate;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
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
 * The catch-all: {@code /{mock}/{path}} answered with the best-matching example of that mock's current snapshot.
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

    private final Matcher matcher = new Matcher();
    private final Renderer renderer = new Renderer();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            ErrorBody.of(503, "serverStartingError", "Mockhost is still loading its directory; try again shortly")
                    .writeTo(response);
            return;
        }
        MockTarget target = MockTarget.of(request, snapshot);
        String name = target.name();
        CompiledMock mock = target.mock();
        if (mock == null) {
            ErrorBody.of(404, "mockNotFoundError", name.isEmpty()
                    ? "Give a mock's name as the first path segment; GET api/status lists them"
                    : "No mock named \"" + name + "\"; GET api/status lists the mocks served").writeTo(response);
            return;
        }
        IncomingRequest call = CallReader.read(request, target.path());
        if (call == null) {
            ErrorBody.of(400, "requestBodyTooLargeError", "The request body is larger than 1 MB, the most a mock "
                    + "matches").writeTo(response);
            return;
        }
        answer(mock, call, request, response);
    }

    private void answer(CompiledMock mock, IncomingRequest call, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        MatchDirectives directives;
        try {
            directives = MatchDirectives.from(call.headers(), mock.definition().match());
        } catch (InvalidDirectiveException e) {
            ErrorBody.of(400, "invalidHeaderError", e.getMessage()).withHeader(e.header()).writeTo(response);
            return;
        }
        MatchResult<ResponseTemplate> result = matcher.match(mock.routes(), call, directives,
                mock.definition().match());
        switch (result.outcome()) {
            case MATCHED -> answer(result, call, delayOf(mock, directives), request, response);
            case NO_MATCH -> {
                response.setStatus(404);
                response.setContentType("application/json; charset=UTF-8");
                response.setContentLength(NO_MATCH.length);
                response.getOutputStream().write(NO_MATCH);
            }
            case UNKNOWN_RESPONSE_ID -> ErrorBody.of(404, "mockResponseNotFoundError", "No example of this mock has "
                    + "the id \"" + directives.responseId() + "\" for " + call.method())
                    .withHeader(MatchDirectives.RESPONSE_ID).writeTo(response);
            case UNKNOWN_RESPONSE_NAME -> ErrorBody.of(404, "mockResponseNotFoundError", "No example of this mock "
                    + "is named \"" + directives.responseName() + "\" for " + call.method())
                    .withHeader(MatchDirectives.RESPONSE_NAME).writeTo(response);
        }
    }

    private static long delayOf(CompiledMock mock, MatchDirectives directives) {
        return directives.delayMillis() != null ? directives.delayMillis()
                : mock.definition().delay().pick(ThreadLocalRandom.current());
    }

    /** Renders now, while the call is at hand; writes now or, when delayed, later without holding this thread. */
    private void answer(MatchResult<ResponseTemplate> result, IncomingRequest call, long delayMillis,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResponseTemplate template = result.route().answer();
        RenderedResponse rendered = renderer.render(template, renderer.context(result.captures(), call));
        boolean exposeHeaders = request.getHeader(CorsFilter.ORIGIN) != null;
        if (delayMillis <= 0) {
            ResponseWriter.write(rendered, template, exposeHeaders, call.method(), response);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(delayMillis + ASYNC_GRACE_MILLIS);
        delays.schedule(() -> async.start(() -> {
            try {
                ResponseWriter.write(rendered, template, exposeHeaders, call.method(),
                        (HttpServletResponse) async.getResponse());
            } catch (IOException | RuntimeException clientGone) {
                LOG.log(Level.FINE, "delayed answer not delivered", clientGone);
            } finally {
                async.complete();
            }
        }), delayMillis);
    }
}
