package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.UsageMeter;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /api/me}: the caller's key and usage this month, shaped like the Postman API's {@code /me}. */
@ApplicationScoped
public class MeResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    UsageMeter usage;

    public void register(ApiRouter router) {
        router.add("GET", "/me", this::me);
    }

    void me(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        ApiKey key = call.key();
        long used = usage.meter().usage(key.name());
        Long limit = key.monthlyQuota();
        Map<String, String> grants = new TreeMap<>();
        key.grants().forEach((collection, grant) -> grants.put(collection, grant.label()));
        var period = usage.meter().currentPeriod();
        exchange.json(200, new Me(new User(key.name(), key.role().label(), grants),
                List.of(new Operation("mock_usage", limit, used, limit == null ? 0 : Math.max(0, used - limit),
                        period.key(), period.end().toString()))));
    }

    /** The document. */
    public record Me(User user, List<Operation> operations) {
    }

    /** The key, without its secret or hash. */
    @JsonbPropertyOrder({"name", "role", "grants"})
    public record User(String name, String role, Map<String, String> grants) {
    }

    /** Usage of one metered operation this month; {@code limit} is null when unlimited. */
    @JsonbPropertyOrder({"name", "limit", "usage", "overage", "period", "renewsAt"})
    public record Operation(String name, @JsonbNillable Long limit, long usage, long overage, String period,
                            String renewsAt) {
    }

}
