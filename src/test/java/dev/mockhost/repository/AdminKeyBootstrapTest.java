package dev.mockhost.repository;

import dev.mockhost.access.Role;
import dev.mockhost.access.Secrets;
import dev.mockhost.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminKeyBootstrapTest {

    @TempDir
    Path home;

    private SnapshotRepository start(Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.put("mockhost.home", home.toString());
        SnapshotRepository repository = new SnapshotRepository(new Settings(all::get, name -> null, name -> null));
        repository.start();
        repository.stop();
        return repository;
    }

    @Test
    void firstStartWithoutAdminKeyGeneratesOneAndStoresOnlyItsHash() throws Exception {
        SnapshotRepository repository = start(Map.of());
        Path file = home.resolve("keys/admin.json");
        assertTrue(Files.exists(file));
        String stored = Files.readString(file);
        assertTrue(stored.contains("\"role\":\"admin\"") && stored.contains("\"sha256\":\""), stored);
        assertFalse(stored.contains(Secrets.PREFIX), "the secret itself is never stored");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)), "only the server's user may read the key file");
        assertTrue(repository.current().keys().hasAdmin());
        String firstFile = stored;
        start(Map.of());
        assertEquals(firstFile, Files.readString(file), "generated once, not at every start");
    }

    @Test
    void adminKeySettingIsAnAdminKeyAndNothingIsGenerated() {
        SnapshotRepository repository = start(Map.of("mockhost.adminKey", "from-the-setting"));
        assertFalse(Files.exists(home.resolve("keys/admin.json")));
        assertNotNull(repository.current().keys().authenticate("from-the-setting"));
        assertEquals(Role.ADMIN, repository.current().keys().authenticate("from-the-setting").role());
    }
}
