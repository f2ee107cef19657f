package dev.mockhost.access;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spec section 5, one row per case: the mock, the key sent, the verdict and the bucket charged. */
class AccessPolicyTest {

    private JdbcConnectionPool pool;
    private AccessPolicy policy;
    private final KeyRing keys = new KeyRing(List.of(
            new ApiKey("alice", Secrets.sha256("alice-secret"), Role.VIEWER, Map.of("conf", Grant.VIEW), 1000L),
            new ApiKey("bob", Secrets.sha256("bob-secret"), Role.VIEWER, Map.of("other", Grant.VIEW), null),
            new ApiKey("owner", Secrets.sha256("owner-secret"), Role.EDITOR, Map.of("conf", Grant.EDIT), 0L),
            new ApiKey("root", Secrets.sha256("root-secret"), Role.ADMIN, Map.of(), null)));

    @BeforeEach
    void meter() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        UsageStore store = new UsageStore(pool);
        policy = new AccessPolicy(new Meter(store, new MutableClock(Instant.parse("2026-11-25T00:00:00Z")),
                false), 2L);
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // case, private, owner, key sent, verdict, bucket charged
            "privateWithoutKey, true, -, -, NO_KEY, -",
            "privateWithUnknownKey, true, -, guess, UNKNOWN_KEY, -",
            "privateWithKeyOfAnotherCollection, true, -, bob-secret, FORBIDDEN, -",
            "privateWithGrantedKey, true, -, alice-secret, ALLOWED, alice",
            "privateWithAdminKey, true, -, root-secret, ALLOWED, root",
            "publicWithoutKeyAndOwner, false, -, -, ALLOWED, ~anonymous",
            "publicWithoutKeyChargesTheOwner, false, alice, -, ALLOWED, alice",
            "publicWithKeyChargesTheCaller, false, alice, bob-secret, ALLOWED, bob",
            "publicIgnoresUnknownKeys, false, -, not-ours, ALLOWED, ~anonymous",
            "ownerWithoutQuotaLeftIsOverQuota, false, owner, -, OVER_QUOTA, owner",
    })
    void decides(String rule, boolean isPrivate, String owner, String secret, AccessPolicy.Verdict verdict,
                 String bucket) {
        AccessPolicy.Outcome outcome = policy.check(new AccessPolicy.Target("conf", isPrivate, owner), secret, keys);
        assertEquals(verdict, outcome.verdict(), rule);
        assertEquals(bucket, outcome.bucket(), rule);
    }

    @org.junit.jupiter.api.Test
    void perMinuteLimitRefusesBeforeTheQuotaAndDoesNotCount() throws Exception {
        UsageStore store = new UsageStore(pool);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
        Meter meter = new Meter(store, clock, false);
        AccessPolicy limited = new AccessPolicy(meter, null, new MinuteLimiter(2, new Meter(UsageStore.perMinute(pool),
                clock, false, UsagePeriod::minuteOf)));
        AccessPolicy.Target target = new AccessPolicy.Target("conf", false, null);
        assertEquals(AccessPolicy.Verdict.ALLOWED, limited.check(target, "bob-secret", keys).verdict());
        assertEquals(AccessPolicy.Verdict.ALLOWED, limited.check(target, "bob-secret", keys).verdict());
        AccessPolicy.Outcome third = limited.check(target, "bob-secret", keys);
        assertEquals(AccessPolicy.Verdict.RATE_LIMITED, third.verdict());
        assertEquals(60, third.retryAfterSeconds());
        assertEquals(2, meter.usage("bob"), "the refused call is not counted");
    }

    @ParameterizedTest(name = "anonymous quota of 2, call {0}")
    @CsvSource({"1, ALLOWED", "2, ALLOWED", "3, OVER_QUOTA"})
    void anonymousBucketHasItsOwnQuota(int call, AccessPolicy.Verdict verdict) {
        AccessPolicy.Outcome outcome = null;
        for (int i = 0; i < call; i++) {
            outcome = policy.check(new AccessPolicy.Target("conf", false, null), null, keys);
        }
        assertEquals(verdict, outcome.verdict());
    }
}
