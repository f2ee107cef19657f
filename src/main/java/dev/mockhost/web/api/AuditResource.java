package dev.mockhost.web.api;

import dev.mockhost.access.Permissions;
import dev.mockhost.audit.AuditEntry;
import dev.mockhost.audit.AuditLog;
import dev.mockhost.audit.AuditTrail;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.sql.SQLException;

/** {@code GET /api/audit?cursor=&limit=}, for admins: every management write, newest first, a page at a time. */
@ApplicationScoped
public class AuditResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    AuditTrail audit;

    public void register(ApiRouter router) {
        router.add("GET", "/audit", this::page);
    }

    private void page(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        if (!Permissions.isAdmin(call.key())) {
            throw Failure.of(ErrorName.FORBIDDEN, "Only admin keys read the audit log");
        }
        String cursor = exchange.request().getParameter("cursor");
        if (cursor != null && !cursor.strip().matches("\\d{1,18}")) {
            throw Failure.invalid("cursor", "cursor is the meta.nextCursor of a previous page, not \"" + cursor
                    + "\"");
        }
        AuditLog.Page page;
        try {
            page = audit.page(cursor == null ? null : Long.valueOf(cursor.strip()),
                    exchange.intQuery("limit", 100, 1, 1000));
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log cannot be read", e);
        }
        JsonArrayBuilder entries = Jsonp.PROVIDER.createArrayBuilder();
        page.entries().forEach(entry -> entries.add(document(entry)));
        JsonObjectBuilder meta = Jsonp.PROVIDER.createObjectBuilder();
        if (page.nextCursor() == null) {
            meta.addNull("nextCursor");
        } else {
            meta.add("nextCursor", page.nextCursor().toString());
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("audit", entries).add("meta", meta).build());
    }

    private static JsonObjectBuilder document(AuditEntry entry) {
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder().add("id", Long.toString(entry.id()))
                .add("at", entry.at().toString());
        MockJson.nullable(out, "key", entry.key());
        out.add("method", entry.method()).add("path", entry.path()).add("address", entry.address())
                .add("status", entry.status());
        MockJson.nullable(out, "error", entry.error());
        return out;
    }
}
