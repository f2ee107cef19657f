package dev.mockhost.access;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys of one snapshot, found by the SHA-256 of a presented secret through a map: ten thousand keys cost a call
 * what ten do. Looking a hash up leaks nothing useful: a guess's hash tells nothing about how close the guess was,
 * and the key found is still compared in constant time.
 */
public final class KeyRing {

    private final Map<ByteBuffer, ApiKey> byHash = new HashMap<>();
    private final Map<String, ApiKey> byName = new TreeMap<>();
    private final boolean hasAdmin;

    public KeyRing(Collection<ApiKey> keys) {
        for (ApiKey key : keys) {
            byHash.putIfAbsent(ByteBuffer.wrap(key.sha256()), key);
            byName.putIfAbsent(key.name(), key);
        }
        this.hasAdmin = keys.stream().anyMatch(key -> key.role() == Role.ADMIN);
    }

    /** The key whose secret this is, or null. */
    public ApiKey authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        byte[] presented = Secrets.sha256(secret);
        ApiKey found = byHash.get(ByteBuffer.wrap(presented));
        return found != null && found.hashEquals(presented) ? found : null;
    }

    public ApiKey named(String name) {
        return name == null ? null : byName.get(name);
    }

    public Collection<ApiKey> all() {
        return byName.values();
    }

    public boolean hasAdmin() {
        return hasAdmin;
    }
}
