package dev.mockhost.web.api;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.failure.ErrorBody;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.web.ErrorResponses;
import dev.mockhost.web.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
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
    MetricsResource metrics;

    private Jsonb jsonb;
    private ApiRouter router;
    /** Writes check, then write: one at a time, so two calls never interleave between a check and its write. */
    private final Object writes = new Object();

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
        metrics.register(router);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        try {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                router.dispatch(request, response);
            } else {
                synchronized (writes) {
                    router.dispatch(request, response);
                }
            }
        } catch (Failure e) {
            if (!response.isCommitted()) {
                response.reset();
                SecurityHeaders.apply(response);
                ErrorResponses.write(e.body(), response);
            }
        } catch (IOException e) {
            // reading the request or writing the answer: the client went away (a closed tab); files fail unchecked
            LOG.log(Level.FINE, e, () -> "client gone: " + request.getMethod() + " " + request.getRequestURI());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "failed: " + request.getMethod() + " " + request.getRequestURI());
            if (!response.isCommitted()) {
                response.reset();
                SecurityHeaders.apply(response);
                ErrorResponses.write(ErrorBody.of(ErrorName.SERVER_ERROR, "The request failed: "
                        + e.getClass().getSimpleName() + "; the server log says why. Nothing was half written: "
                        + "every file is written atomically"), response);
            }
        }
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
