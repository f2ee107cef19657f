package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.UsageMeter;
import dev.mockhost.audit.AuditEntry;
import dev.mockhost.audit.AuditTrail;
import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.AccessFilter;
import dev.mockhost.web.ErrorResponses;
import dev.mockhost.web.KeyGuessing;
import dev.mockhost.web.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code /api/*}: the management API. Each resource class registers its routes. */
public class ApiServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());

    @Inject
    Settings settings;
    @Inject
    StatusResource status;
    @Inject
    MeResource me;
    @Inject
    PostmanFilesResource files;
    @Inject
    MocksResource mocks;
    @Inject
    ServerResponsesResource serverResponses;
    @Inject
    CallLogsResource callLogs;
    @Inject
    QuickMocksResource quickMocks;
    @Inject
    KeysResource keys;
    @Inject
    OpenApiResource openApi;
    @Inject
    UsageMeter usage;
    @Inject
    AuditTrail audit;
    @Inject
    AuditResource auditLog;
    @Inject
    SnapshotRepository repository;
    @Inject
    MetricsResource metrics;

    private Jsonb jsonb;
    private ApiRouter router;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
        router = new ApiRouter(jsonb, settings.getLong(Setting.MAX_FILE_BYTES));
        status.register(router);
        me.register(router);
        files.register(router);
        mocks.register(router);
        serverResponses.register(router);
        callLogs.register(router);
        quickMocks.register(router);
        keys.register(router);
        openApi.register(router);
        auditLog.register(router);
        metrics.register(router);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod());
        ErrorName error = answer(request, response);
        if (write) {
            audit.record(new AuditEntry(0, Instant.now(), keyName(request), request.getMethod(),
                    request.getPathInfo() == null ? "/" : request.getPathInfo(), request.getRemoteAddr(),
                    response.getStatus(), error == null ? null : error.label()));
        }
    }

    /** Answers the call; returns the error name it was answered with, or null. */
    private ErrorName answer(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ErrorBody guessing = KeyGuessing.refusal(usage.authFailures(), request, response);
        if (guessing != null) {
            ErrorResponses.write(guessing, response);
            return guessing.name();
        }
        try {
            // no lock here: each service takes the directory's write lock around its check and write, across
            // nodes too, and not while a slow client uploads its body
            router.dispatch(request, response);
            return null;
        } catch (Failure e) {
            if (e.body().name() == ErrorName.AUTHENTICATION && request.getHeader(AccessFilter.API_KEY) != null) {
                KeyGuessing.failed(usage.authFailures(), request);
            }
            if (!response.isCommitted()) {
                response.reset();
                SecurityHeaders.apply(response);
                e.responseHeaders().forEach(response::setHeader);
                ErrorResponses.write(e.body(), response);
            }
            return e.body().name();
        } catch (IOException e) {
            // reading the request or writing the answer: the client went away (a closed tab); files fail unchecked
            LOG.log(Level.FINE, e, () -> "client gone: " + request.getMethod() + " " + request.getRequestURI());
            return null;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "failed: " + request.getMethod() + " " + request.getRequestURI());
            if (!response.isCommitted()) {
                response.reset();
                SecurityHeaders.apply(response);
                ErrorResponses.write(ErrorBody.of(ErrorName.SERVER_ERROR, "The request failed: "
                        + e.getClass().getSimpleName() + "; the server log says why. Nothing was half written: "
                        + "every file is written atomically"), response);
            }
            return ErrorName.SERVER_ERROR;
        }
    }

    /** The name of the key the call sent, when it is one; never the secret. */
    private String keyName(HttpServletRequest request) {
        String secret = request.getHeader(AccessFilter.API_KEY);
        Snapshot snapshot = repository.current();
        if (secret == null || secret.isBlank() || snapshot == null) {
            return null;
        }
        ApiKey key = snapshot.keys().authenticate(secret);
        return key == null ? null : key.name();
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing JSON-B", e);
        }
    }
}
