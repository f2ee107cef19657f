package dev.mockhost.web;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * With a mock domain set, a host such as {@code petstore.mocks.intranet} belongs to its mock entirely: every path
 * on it, {@code /api/...} and {@code /console/...} included, goes to the mock servlet (and through the access
 * filter), never to the management API or the console. The call's target is resolved here once, and pinned.
 */
public class MockHostFilter extends HttpFilter {

    @Inject
    Settings settings;

    @Inject
    SnapshotRepository repository;

    private String mockDomain;

    @Override
    public void init() {
        mockDomain = settings.get(Setting.MOCK_DOMAIN);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (MockTarget.mockFromHost(request.getServerName(), mockDomain) != null) {
            MockTarget target = MockTarget.ifLoaded(request, repository, mockDomain);
            if (target != null && target.byHost()) {
                request.getServletContext().getNamedDispatcher("mocks").forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
