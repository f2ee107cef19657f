package dev.mockhost.web;

import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.InvalidDirectiveException;
import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.matching.MatchResult;
import dev.mockhost.matching.Matcher;
import dev.mockhost.matching.Text;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.rendering.RenderContext;
import dev.mockhost.rendering.RenderedResponse;
import dev.mockhost.rendering.Renderer;
import dev.mockhost.rendering.ResponseTemplate;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The catch-all: {@code /{mock}/{path}} answered with the best-matching example of that mock's current snapshot.
 */
public class MockServlet extends HttpServlet {

    /** Postman's answer when no example matches, byte for byte. */
    static final byte[] NO_MATCH = ("{\"error\":{\"name\":\"mockRequestNotFoundError\",\"message\":\"Double check "
            + "your method and the request path and try again.\",\"header\":\"No matching requests\"}}")
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    SnapshotRepository repository;

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
        List<String> segments = CallReader.rawSegments(request);
        String name = Text.percentDecode(segments.get(0));
        CompiledMock mock = snapshot.mock(name);
        if (mock == null) {
            ErrorBody.of(404, "mockNotFoundError", name.isEmpty()
                    ? "Give a mock's name as the first path segment; GET api/status lists them"
                    : "No mock named \"" + name + "\"; GET api/status lists the mocks served").writeTo(response);
            return;
        }
        String body = CallReader.body(request);
        if (body == null) {
            ErrorBody.of(400, "requestBodyTooLargeError", "The request body is larger than 1 MB, the most a mock "
                    + "matches").writeTo(response);
            return;
        }
        answer(mock, CallReader.read(request, segments.subList(1, segments.size()), body), request, response);
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
            case MATCHED -> write(result, call, request, response);
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

    private void write(MatchResult<ResponseTemplate> result, IncomingRequest call, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        ResponseTemplate template = result.route().answer();
        RenderedResponse rendered = renderer.render(template, new RenderContext(result.captures(), call));
        response.setStatus(rendered.status());
        for (NameValue header : rendered.headers()) {
            if (header.name().regionMatches(true, 0, "Access-Control-", 0, 15)) {
                // a CORS header saved in the example wins over the filter's
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        if (request.getHeader(CorsFilter.ORIGIN) != null && !template.headerNames().isEmpty()) {
            response.setHeader("Access-Control-Expose-Headers", template.headerNames());
        }
        boolean bodyAllowed = rendered.status() != 204 && rendered.status() != 304
                && !"HEAD".equals(call.method());
        if (bodyAllowed) {
            response.setContentLength(rendered.body().length);
            response.getOutputStream().write(rendered.body());
        }
    }
}
