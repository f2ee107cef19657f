package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Permissions;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.Problem;
import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.proxy.ProxySettings;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.AccessFilter;
import dev.mockhost.web.ProxyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/status}: what is served, and which files have problems. Needs no key, and shows each caller only
 * what its key may see ({@link Permissions#canSeeListed}, {@link Permissions#canSeeFile}): the mounted directory and
 * a startup error are shown to admins only. {@code generation} changes on every reload, so a console polls it.
 */
@ApplicationScoped
public class StatusResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    Settings settings;

    @Inject
    ProxyRules proxyRules;

    public void register(ApiRouter router) {
        router.add("GET", "/status", this::status);
    }

    void status(ApiExchange exchange) throws IOException {
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            throw Failure.starting();
        }
        ApiKey key = snapshot.keys().authenticate(exchange.request().getHeader(AccessFilter.API_KEY));
        boolean admin = Permissions.isAdmin(key);
        JsonArrayBuilder mocks = Jsonp.PROVIDER.createArrayBuilder();
        snapshot.mocks().values().stream()
                .filter(mock -> Permissions.canSeeListed(key, mock.definition().collection(),
                        mock.definition().isPrivate()))
                .sorted(Comparator.comparing(CompiledMock::name))
                .forEach(mock -> mocks.add(MockJson.summary(mock, MockUrls.of(exchange, settings, mock.name()))));
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder()
                .add("status", repository.startupError() == null ? "ok" : "degraded");
        if (admin) {
            out.add("home", repository.home().root().toString());
            MockJson.nullable(out, "startupError", repository.startupError());
        }
        out.add("generation", snapshot.generation())
                .add("loadedAt", snapshot.loadedAt().toString())
                .add("mocks", mocks)
                .add("errors", problems(snapshot.errors(), key))
                .add("warnings", problems(withProxyProblems(snapshot, key), key));
        exchange.json(200, out.build());
    }

    /**
     * The snapshot's warnings and one per mock whose upstream the allow-list does not name: such a mock never
     * proxies, and its owner should learn why from here rather than from misses that stay 404. Only for keys that
     * may view the mock's collection: upstream hosts and the allow-list are the intranet's map, not for anyone.
     */
    private List<Problem> withProxyProblems(Snapshot snapshot, ApiKey key) {
        ProxySettings proxying = proxyRules.get();
        List<Problem> problems = new java.util.ArrayList<>(snapshot.warnings());
        snapshot.mocks().values().stream().filter(m -> m.definition().proxy() != null
                        && !proxying.allows(m.definition().proxy())
                        && Permissions.canView(key, m.definition().collection()))
                .sorted(Comparator.comparing(CompiledMock::name))
                .forEach(m -> problems.add(Problem.ofFile("mocks/" + m.name() + ".json", "the mock's proxy target "
                        + m.definition().proxy().target() + " is not in " + Setting.PROXY_ALLOWED_HOSTS.property()
                        + " (\"" + settings.get(Setting.PROXY_ALLOWED_HOSTS) + "\"): the mock does not proxy")));
        return problems;
    }

    private static JsonArrayBuilder problems(List<Problem> problems, ApiKey key) {
        JsonArrayBuilder out = Jsonp.PROVIDER.createArrayBuilder();
        problems.stream().filter(p -> Permissions.canSeeFile(key, p.file()))
                .forEach(p -> out.add(Jsonp.PROVIDER.createObjectBuilder().add("file", p.file())
                        .add("line", p.line()).add("column", p.column()).add("message", p.message())));
        return out;
    }
}
