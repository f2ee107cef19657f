package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Role;
import dev.mockhost.collection.Problem;
import dev.mockhost.config.Settings;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.AccessFilter;
import dev.mockhost.web.ErrorBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/status}: what is served, and which files have problems. Needs no key, and shows each caller only
 * what its key may see: without a key, public mocks and the problems of Postman and mock files; with a key, the
 * mocks it may view too; with an admin key, everything, the mounted directory and key files included.
 */
@ApplicationScoped
public class StatusResource {

    private static final String KEYS_FOLDER = "keys/";

    @Inject
    SnapshotRepository repository;

    @Inject
    Settings settings;

    public void register(ApiRouter router) {
        router.add("GET", "/status", this::status);
    }

    void status(ApiExchange exchange) throws IOException {
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            exchange.error(ErrorBody.of(503, "serverStartingError", "Mockhost is still loading its directory"));
            return;
        }
        ApiKey key = snapshot.keys().authenticate(exchange.request().getHeader(AccessFilter.API_KEY));
        boolean admin = key != null && key.role() == Role.ADMIN;
        List<MockStatus> mocks = snapshot.mocks().values().stream()
                .filter(mock -> !mock.definition().isPrivate()
                        || (key != null && key.canView(mock.definition().collection())))
                .sorted(Comparator.comparing(CompiledMock::name))
                .map(mock -> new MockStatus(mock.name(), mock.collectionName(), mock.collectionFile(),
                        mock.definition().environment(), mock.exampleCount(), mock.definition().isPrivate(),
                        MockUrls.of(exchange, settings, mock.name())))
                .toList();
        exchange.json(200, new Status(repository.startupError() == null ? "ok" : "degraded",
                admin ? repository.home().root().toString() : null, snapshot.generation(),
                snapshot.loadedAt().toString(), admin ? repository.startupError() : null, mocks,
                problems(snapshot.errors(), admin), problems(snapshot.warnings(), admin)));
    }

    private static List<FileProblem> problems(List<Problem> problems, boolean admin) {
        return problems.stream().filter(p -> admin || !p.file().startsWith(KEYS_FOLDER))
                .map(p -> new FileProblem(p.file(), p.line(), p.column(), p.message())).toList();
    }

    /** The status document; {@code home} and {@code startupError} only for admins. */
    public record Status(String status, String home, long generation, String loadedAt, String startupError,
                         List<MockStatus> mocks, List<FileProblem> errors, List<FileProblem> warnings) {
    }

    /** One served mock. */
    public record MockStatus(String name, String collection, String file, String environment, int examples,
                             boolean isPrivate, String url) {
    }

    /** A problem in a file, where it is. */
    public record FileProblem(String file, int line, int column, String message) {
    }
}
