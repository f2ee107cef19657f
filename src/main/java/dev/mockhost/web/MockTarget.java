package dev.mockhost.web;

import dev.mockhost.matching.Text;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.Snapshot;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * The mock a call addresses, read once from the first path segment of one snapshot: the access filter checks it
 * and the mock servlet answers from it, so both see the same version of the files.
 *
 * @param mock    null when no mock has that name
 * @param path    the path segments below the mock's name, still percent-encoded
 */
record MockTarget(Snapshot snapshot, String name, CompiledMock mock, List<String> path) {

    private static final String ATTRIBUTE = MockTarget.class.getName();

    static MockTarget of(HttpServletRequest request, Snapshot snapshot) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof MockTarget target) {
            return target;
        }
        List<String> segments = CallReader.rawSegments(request);
        String name = Text.percentDecode(segments.get(0));
        MockTarget target = new MockTarget(snapshot, name, snapshot.mock(name), segments.subList(1, segments.size()));
        request.setAttribute(ATTRIBUTE, target);
        return target;
    }
}
