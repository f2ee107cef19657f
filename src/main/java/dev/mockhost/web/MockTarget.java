package dev.mockhost.web;

import dev.mockhost.matching.Text;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.Snapshot;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;

/**
 * The mock a call addresses, read once from one snapshot (by host name under the mock domain, else by the first
 * path segment): the access filter checks it and the mock servlet answers from it, so both see the same version of
 * the files.
 *
 * @param mock    null when no mock has that name
 * @param path    the path segments below the mock's name, still percent-encoded
 */
record MockTarget(Snapshot snapshot, String name, CompiledMock mock, List<String> path) {

    private static final String ATTRIBUTE = MockTarget.class.getName();

    /**
     * The mock named by the host ({@code petstore.mocks.intranet}, when {@code mockDomain} is
     * {@code mocks.intranet}), else by the first path segment.
     */
    static MockTarget of(HttpServletRequest request, Snapshot snapshot, String mockDomain) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof MockTarget target) {
            return target;
        }
        List<String> segments = CallReader.rawSegments(request);
        String byHost = mockFromHost(request.getServerName(), mockDomain);
        MockTarget target;
        if (byHost != null && snapshot.mock(byHost) != null) {
            target = new MockTarget(snapshot, byHost, snapshot.mock(byHost), segments);
        } else {
            String name = Text.percentDecode(segments.get(0));
            target = new MockTarget(snapshot, name, snapshot.mock(name), segments.subList(1, segments.size()));
        }
        request.setAttribute(ATTRIBUTE, target);
        return target;
    }

    /** {@code petstore} for {@code petstore.mocks.intranet} under {@code mocks.intranet}; null otherwise. */
    static String mockFromHost(String host, String mockDomain) {
        if (mockDomain == null || mockDomain.isBlank() || host == null) {
            return null;
        }
        String suffix = "." + mockDomain.strip().toLowerCase(Locale.ROOT);
        String lower = host.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(suffix) || lower.length() == suffix.length()) {
            return null;
        }
        String label = host.substring(0, host.length() - suffix.length());
        return label.indexOf('.') < 0 ? label : null;
    }
}
