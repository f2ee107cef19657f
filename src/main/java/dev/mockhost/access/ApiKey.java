package dev.mockhost.access;

import java.security.MessageDigest;
import java.util.Map;

/**
 * An API key as its file describes it: the SHA-256 of its secret (never the secret), a role, grants per collection
 * and a monthly call quota (null: unlimited).
 */
public record ApiKey(String name, byte[] sha256, Role role, Map<String, Grant> grants, Long monthlyQuota) {

    public ApiKey {
        sha256 = sha256.clone();
        grants = Map.copyOf(grants);
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    /** Compares in constant time, without copying the hash. */
    boolean hashEquals(byte[] presented) {
        return MessageDigest.isEqual(presented, sha256);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.name.equals(name) && java.util.Arrays.equals(key.sha256, sha256)
                && key.role == role && key.grants.equals(grants) && java.util.Objects.equals(key.monthlyQuota,
                monthlyQuota);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[" + name + ", " + role.label() + "]";
    }
}
