package dev.mockhost.access;

/**
 * Who may call a mock, and whose quota the call counts against (spec section 5). A private mock needs a key that
 * may view its collection. Calls count against the caller's key when one is sent; else against the mock's owner;
 * else the anonymous bucket. On a public mock, an unknown key is ignored rather than refused: real APIs use an
 * {@code x-api-key} header of their own, and collections send it to their mocks. An optional per-minute limit
 * applies to the same bucket before the monthly quota; a call it refuses is not counted.
 */
public final class AccessPolicy {

    private final Meter meter;
    private final Long anonymousQuota;
    private final MinuteLimiter perMinute;

    public AccessPolicy(Meter meter, Long anonymousQuota) {
        this(meter, anonymousQuota, null);
    }

    /** {@code perMinute} is null when there is no per-minute limit. */
    public AccessPolicy(Meter meter, Long anonymousQuota, MinuteLimiter perMinute) {
        this.meter = meter;
        this.anonymousQuota = anonymousQuota;
        this.perMinute = perMinute;
    }

    /** What a mock call is. */
    public record Target(String collection, boolean isPrivate, String owner) {
    }

    /**
     * The outcome of a check; {@code decision} is set once the call was metered (accepted or over quota);
     * {@code retryAfterSeconds} is set when the per-minute limit refused it.
     */
    public record Outcome(Verdict verdict, ApiKey key, String bucket, Meter.Decision decision,
                          long retryAfterSeconds) {

        Outcome(Verdict verdict, ApiKey key, String bucket, Meter.Decision decision) {
            this(verdict, key, bucket, decision, 0);
        }
    }

    public enum Verdict {
        ALLOWED, NO_KEY, UNKNOWN_KEY, FORBIDDEN, RATE_LIMITED, OVER_QUOTA
    }

    public Outcome check(Target target, String secret, KeyRing keys) {
        ApiKey key = keys.authenticate(secret);
        if (target.isPrivate()) {
            if (secret == null || secret.isBlank()) {
                return new Outcome(Verdict.NO_KEY, null, null, null);
            }
            if (key == null) {
                return new Outcome(Verdict.UNKNOWN_KEY, null, null, null);
            }
            if (!Permissions.canCall(key, target.collection(), true)) {
                return new Outcome(Verdict.FORBIDDEN, key, null, null);
            }
        }
        String bucket;
        Long limit;
        if (key != null) {
            bucket = key.name();
            limit = key.monthlyQuota();
        } else if (target.owner() != null) {
            bucket = target.owner();
            ApiKey owner = keys.named(target.owner());
            limit = owner == null ? null : owner.monthlyQuota();
        } else {
            bucket = Meter.ANONYMOUS;
            limit = anonymousQuota;
        }
        if (perMinute != null) {
            MinuteLimiter.Decision minute = perMinute.tryAcquire(bucket);
            if (!minute.allowed()) {
                return new Outcome(Verdict.RATE_LIMITED, key, bucket, null, minute.retryAfterSeconds());
            }
        }
        Meter.Decision decision = meter.count(bucket, limit);
        return new Outcome(decision.accepted() ? Verdict.ALLOWED : Verdict.OVER_QUOTA, key, bucket, decision);
    }
}
