package dev.mockhost.repository;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Role;
import dev.mockhost.access.Secrets;
import dev.mockhost.collection.Jsonp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Makes sure someone can administer a new installation: the setting {@code mockhost.adminKey} is an admin key;
 * without it, and without any admin key in {@code keys/}, the first start generates one, prints its secret to the
 * log once and stores only its hash, in {@code keys/admin.json}.
 */
final class AdminKeyBootstrap {

    static final String NAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class.getName());

    private AdminKeyBootstrap() {
    }

    /** The in-memory key the setting gives, if any. */
    static List<ApiKey> fromSetting(String secret) {
        if (secret == null || secret.isBlank()) {
            return List.of();
        }
        return List.of(new ApiKey(NAME, Secrets.sha256(secret), Role.ADMIN, Map.of(), null));
    }

    /** Writes keys/admin.json with a new secret's hash; null when a file of that name already exists. */
    static Path generate(HomeDirectory home) throws IOException {
        Path file = home.folder(FileKind.KEY).resolve(NAME + ".json");
        if (Files.exists(file)) {
            LOG.severe(() -> file + " exists but holds no usable admin key, and the setting mockhost.adminKey is "
                    + "empty: fix the file, or set mockhost.adminKey");
            return null;
        }
        String secret = Secrets.generate(new SecureRandom());
        String json = Jsonp.PROVIDER.createObjectBuilder()
                .add("name", NAME)
                .add("sha256", Secrets.sha256Hex(secret))
                .add("role", Role.ADMIN.label())
                .add("grants", Jsonp.PROVIDER.createObjectBuilder())
                .addNull("monthlyQuota")
                .add("note", "generated at first start; its secret was printed to the log once and is kept nowhere")
                .build().toString();
        AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8), true);
        LOG.warning(() -> "No admin API key was configured, so one was generated; this is the only time its secret "
                + "is shown. Admin API key: " + secret + " (its hash is in " + file + ")");
        return file;
    }
}
