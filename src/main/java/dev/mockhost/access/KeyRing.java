package dev.mockhost.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The keys of one snapshot. A presented secret is hashed and compared with every key's hash in constant time, so
 * how long a check takes says nothing about how close a guess was.
 */
public final class KeyRing {

    private final List<ApiKey> keys;
    private final Map<String, ApiKey> byName = new TreeMap<>();

    public KeyRing(Collection<ApiKey> keys) {
        this.keys = List.copyOf(keys);
        this.keys.forEach(key -> byName.putIfAbsent(key.name(), key));
    }

    /** The key whose secret this is, or null. */
    public ApiKey authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        byte[] presented = Secrets.sha256(secret);
        ApiKey found = null;
        for (ApiKey key : keys) {
            // no early exit: every key is compared whatever the outcome
            if (key.hashEquals(presented) && found == null) {
                found = key;
            }
        }
        return found;
    }

    public ApiKey named(String name) {
        return name == null ? null : byName.get(name);
    }

    public Collection<ApiKey> all() {
        return byName.values();
    }

    public boolean hasAdmin() {
        return keys.stream().anyMatch(key -> key.role() == Role.ADMIN);
    }
}
