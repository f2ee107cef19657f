package dev.mockhost.access;

import dev.mockhost.collection.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysTest {

    private static final String ALICE_SECRET = "alice-secret";

    private static ApiKey read(String json) throws InvalidFileException {
        return new KeyReader().read("keys/alice.json", "alice", json.getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    void readsAKeyFile() throws Exception {
        ApiKey key = read("""
                {"name": "alice", "sha256": "%s", "role": "editor", "grants": {"conf": "view", "shop": "edit"},
                 "monthlyQuota": 1000}""".formatted(Secrets.sha256Hex(ALICE_SECRET)));
        assertEquals(Role.EDITOR, key.role());
        assertEquals(Map.of("conf", Grant.VIEW, "shop", Grant.EDIT), key.grants());
        assertEquals(1000L, key.monthlyQuota());
        assertTrue(Permissions.canView(key, "conf") && Permissions.canView(key, "shop")
                && !Permissions.canView(key, "other"));
        assertTrue(Permissions.canEdit(key, "shop") && !Permissions.canEdit(key, "conf"));
    }

    @Test
    void defaultsAreAnUnlimitedViewerWithoutGrants() throws Exception {
        ApiKey key = read("{\"sha256\": \"" + Secrets.sha256Hex("x") + "\"}");
        assertEquals(Role.VIEWER, key.role());
        assertNull(key.monthlyQuota());
        assertFalse(Permissions.canView(key, "conf"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing hash | {\"role\": \"admin\"} | sha256",
            "short hash | {\"sha256\": \"abc\"} | sha256",
            "unknown role | {\"sha256\": \"%s\", \"role\": \"root\"} | role",
            "bad grant | {\"sha256\": \"%s\", \"grants\": {\"conf\": \"own\"}} | grant",
            "negative quota | {\"sha256\": \"%s\", \"monthlyQuota\": -1} | monthlyQuota",
            "text quota | {\"sha256\": \"%s\", \"monthlyQuota\": \"many\"} | monthlyQuota",
    })
    void invalidKeyFilesNameTheField(String what, String json, String field) {
        InvalidFileException error = assertThrows(InvalidFileException.class,
                () -> read(json.formatted(Secrets.sha256Hex("x"))));
        assertTrue(error.getMessage().contains(field), error.getMessage());
        assertEquals("keys/alice.json", error.problem().file());
    }

    @Test
    void aDifferentNameInsideIsAWarning() throws Exception {
        var parsed = new KeyReader().read("keys/alice.json", "alice", ("{\"name\": \"mallory\", \"sha256\": \""
                + Secrets.sha256Hex("x") + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals("alice", parsed.value().name());
        assertEquals(1, parsed.warnings().size());
    }

    @Test
    void keyRingAuthenticatesBySecretAndNeverByHash() {
        ApiKey alice = new ApiKey("alice", Secrets.sha256(ALICE_SECRET), Role.VIEWER, Map.of(), null);
        ApiKey admin = new ApiKey("root", Secrets.sha256("root-secret"), Role.ADMIN, Map.of(), null);
        KeyRing ring = new KeyRing(List.of(alice, admin));
        assertSame(alice, ring.authenticate(ALICE_SECRET));
        assertSame(admin, ring.authenticate("root-secret"));
        assertNull(ring.authenticate(Secrets.sha256Hex(ALICE_SECRET)), "the hash is not the key");
        assertNull(ring.authenticate("alice-secreT"));
        assertNull(ring.authenticate(""));
        assertNull(ring.authenticate(null));
        assertTrue(ring.hasAdmin());
        assertTrue(Permissions.canView(admin, "anything") && Permissions.canEdit(admin, "anything"));
    }

    @Test
    void tenThousandKeysAreEachFoundByTheirSecretAndTheFirstOfTwoWithOneSecretWins() {
        List<ApiKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(new ApiKey("k" + i, Secrets.sha256("secret-" + i), Role.VIEWER, Map.of(), null));
        }
        keys.add(new ApiKey("again", Secrets.sha256("secret-7"), Role.ADMIN, Map.of(), null));
        KeyRing ring = new KeyRing(keys);
        for (int i = 0; i < 10_000; i++) {
            assertEquals("k" + i, ring.authenticate("secret-" + i).name());
        }
        assertNull(ring.authenticate("secret-10000"));
        assertEquals("again", ring.named("again").name());
        assertTrue(ring.hasAdmin());
    }

    @Test
    void generatedSecretsAreLongAndDistinct() {
        SecureRandom random = new SecureRandom();
        String one = Secrets.generate(random);
        String two = Secrets.generate(random);
        assertTrue(one.startsWith("mh_") && one.length() == 46, one);
        assertFalse(one.equals(two));
    }
}
