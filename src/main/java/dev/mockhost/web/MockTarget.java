package dev.mockhost.web;

import dev.mockhost.failure.Failure;
import dev.mockhost.matching.Text;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;

/**
 * The mock a call addresses, resolved once per call from one snapshot (by host name under the mock domain, else
 * by the first path segment) and pinned to the request: the host filter, the access filter and the mock servlet
 * all see the same snapshot and the same mock, however many reloads happen meanwhile.
 *
 * @param mock    null when no mock has that name
 * @param byHost  whether the mock was named by the host, so the whole path is the mock's
 * @param path    the path segments below the mock's name, still percent-encoded
 */
record MockTarget(Snapshot snapshot, String name, CompiledMock mock, boolean byHost, List<String> path) {

    private static final String ATTRIBUTE = MockTarget.class.getName();

    /**
     * The call's target, pinned on first use.
     *
     * @throws Failure {@code serverStartingError} while nothing is loaded yet
     */
    static MockTarget of(HttpServletRequest request, SnapshotRepository repository, String mockDomain) {
        MockTarget target = ifLoaded(request, repository, mockDomain);
        if (target == null) {
            throw Failure.starting();
        }
        return target;
    }

    /** The call's target, pinned on first use; null while nothing is loaded yet. */
    static MockTarget ifLoaded(HttpServletRequest request, SnapshotRepository repository, String mockDomain) {
        if (request.getAttribute(ATTRIBUTE) instanceof MockTarget pinned) {
            return pinned;
        }
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            return null;
        }
        MockTarget target = resolve(request, snapshot, mockDomain);
        request.setAttribute(ATTRIBUTE, target);
        return target;
    }

    static MockTarget resolve(HttpServletRequest request, Snapshot snapshot, String mockDomain) {
        List<String> segments = CallReader.rawSegments(request);
        String host = mockFromHost(request.getServerName(), mockDomain);
        if (host != null && snapshot.mock(host) != null) {
            return new MockTarget(snapshot, host, snapshot.mock(host), true, segments);
        }
        String name = Text.percentDecode(segments.get(0));
        return new MockTarget(snapshot, name, snapshot.mock(name), false, segments.subList(1, segments.size()));
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
