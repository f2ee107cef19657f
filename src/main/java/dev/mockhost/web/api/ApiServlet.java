package dev.mockhost.web.api;

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
    StatusResource status;

    @Inject
    MeResource me;

    private Jsonb jsonb;
    private ApiRouter router;

    @Override
    public void init() {
        jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
        router = new ApiRouter(jsonb);
        status.register(router);
        me.register(router);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        router.dispatch(request, response);
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
