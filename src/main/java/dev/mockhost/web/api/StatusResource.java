package dev.mockhost.web.api;

import dev.mockhost.collection.Problem;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.config.Settings;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.ErrorBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** {@code GET /api/status}: what is served, and which files have problems. */
@ApplicationScoped
public class StatusResource {

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
            exchange.error(ErrorBody.of(503, "serverStartingError", "Mockhost is still loading "
                    + repository.home().root()));
            return;
        }
        List<MockStatus> mocks = snapshot.mocks().values().stream()
                .sorted(Comparator.comparing(CompiledMock::name))
                .map(mock -> new MockStatus(mock.name(), mock.collectionName(), mock.collectionFile(),
                        mock.definition().environment(), mock.exampleCount(), MockUrls.of(exchange, settings,
                        mock.name())))
                .toList();
        exchange.json(200, new Status(repository.startupError() == null ? "ok" : "degraded",
                repository.home().root().toString(), snapshot.generation(), snapshot.loadedAt().toString(),
                repository.startupError(), mocks, problems(snapshot.errors()), problems(snapshot.warnings())));
    }

    private static List<FileProblem> problems(List<Problem> problems) {
        return problems.stream().map(p -> new FileProblem(p.file(), p.line(), p.column(), p.message())).toList();
    }

    /** The status document. */
    public record Status(String status, String home, long generation, String loadedAt, String startupError,
                         List<MockStatus> mocks, List<FileProblem> errors, List<FileProblem> warnings) {
    }

    /** One served mock. */
    public record MockStatus(String name, String collection, String file, String environment, int examples,
                             String url) {
    }

    /** A problem in a file, where it is. */
    public record FileProblem(String file, int line, int column, String message) {
    }
}
