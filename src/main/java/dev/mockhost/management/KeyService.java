package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.KeyReader;
import dev.mockhost.access.Permissions;
import dev.mockhost.access.Secrets;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.IfMatch;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.security.SecureRandom;
import java.util.Collection;

/**
 * API keys, for admins: create a key (its secret is in that answer and nowhere else, ever), list and read keys
 * (never a secret or a hash), change a key's role, grants and quota, revoke it. The bootstrap key of the setting
 * {@code mockhost.adminKey} lives in no file and cannot be changed here.
 */
public final class KeyService {

    /** A key just made, with its secret (the only time it is shown) and the version of its file. */
    public record Created(ApiKey key, String secret, FileVersion version) {
    }

    private final StoredFiles files;
    private final SecureRandom random;

    public KeyService(Workspace workspace, SecureRandom random) {
        this.files = new StoredFiles(workspace);
        this.random = random;
    }

    public Collection<ApiKey> list(ApiKey caller) {
        admin(caller);
        return files.snapshot().keys().all();
    }

    public ApiKey get(ApiKey caller, String name) {
        admin(caller);
        return known(name);
    }

    /** The version of the key's file; {@code NO_FILE} for the key of the setting. */
    public FileVersion version(ApiKey caller, String name) {
        return files.version(FileKind.KEY, get(caller, name).name());
    }

    public Created create(ApiKey caller, JsonObject input) {
        admin(caller);
        String name = MockFiles.text(input, "name");
        Names.check("name", name);
        String secret = Secrets.generate(random);
        return files.locked(() -> {
            if (files.snapshot().keys().named(name) != null || files.exists(FileKind.KEY, name)) {
                throw Failure.conflict("A key named \"" + name + "\" exists already");
            }
            FileVersion written = save(name, fields(Jsonp.PROVIDER.createObjectBuilder().add("name", name)
                    .add("sha256", Secrets.sha256Hex(secret)).add("role", "viewer").build(), input));
            return new Created(files.snapshot().keys().named(name), secret, written);
        });
    }

    public Versioned<ApiKey> update(ApiKey caller, String name, JsonObject input, IfMatch ifMatch) {
        admin(caller);
        ApiKey key = fromFile(known(name));
        return files.locked(() -> {
            files.check(FileKind.KEY, key.name(), "API key", ifMatch, false);
            FileVersion written = save(key.name(), fields(files.read(FileKind.KEY, key.name(), "API key"), input));
            return new Versioned<>(files.snapshot().keys().named(key.name()), written);
        });
    }

    public void revoke(ApiKey caller, String name, IfMatch ifMatch) {
        admin(caller);
        ApiKey key = fromFile(known(name));
        files.locked(() -> {
            files.check(FileKind.KEY, key.name(), "API key", ifMatch, false);
            return files.delete(FileKind.KEY, key.name());
        });
    }

    private static void admin(ApiKey caller) {
        if (!Permissions.canManageKeys(caller)) {
            throw Services.forbidden(caller, "manage API keys; only admin keys may");
        }
    }

    /** {@code file} with the role, grants and quota {@code input} sets; name and hash never change here. */
    private static JsonObject fields(JsonObject file, JsonObject input) {
        JsonObjectBuilder merged = Jsonp.PROVIDER.createObjectBuilder(file);
        for (String field : new String[] {"role", "grants", "monthlyQuota"}) {
            if (input.containsKey(field)) {
                merged.add(field, input.get(field));
            }
        }
        return merged.build();
    }

    private FileVersion save(String name, JsonObject file) {
        try {
            new KeyReader().read("key " + name, name, PrettyJson.bytes(file));
        } catch (InvalidFileException e) {
            throw Failure.invalid(e.field() == null ? "key" : e.field(), e.problem().message());
        }
        return files.write(FileKind.KEY, name, file);
    }

    private ApiKey known(String name) {
        ApiKey key = files.snapshot().keys().named(name);
        if (key == null) {
            throw Failure.notFound("API key", name);
        }
        return key;
    }

    private ApiKey fromFile(ApiKey key) {
        if (!files.exists(FileKind.KEY, key.name())) {
            throw Failure.conflict("The key \"" + key.name() + "\" comes from the setting mockhost.adminKey; change "
                    + "the setting");
        }
        return key;
    }
}
