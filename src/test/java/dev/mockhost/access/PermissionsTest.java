package dev.mockhost.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every "may this key do X", one row per case: keys are none, viewer, editor (granted shop) and admin. */
class PermissionsTest {

    private static ApiKey key(String who) {
        return switch (who) {
            case "none" -> null;
            case "viewer" -> new ApiKey("v", Secrets.sha256("v"), Role.VIEWER, Map.of("shop", Grant.VIEW), null);
            case "editor" -> new ApiKey("e", Secrets.sha256("e"), Role.EDITOR, Map.of("shop", Grant.EDIT,
                    "docs", Grant.VIEW), null);
            case "admin" -> new ApiKey("a", Secrets.sha256("a"), Role.ADMIN, Map.of(), null);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
            "none,   view,  shop, false", "viewer, view,  shop, true", "viewer, view,  other, false",
            "editor, view,  docs, true", "admin,  view,  other, true",
            "none,   edit,  shop, false", "viewer, edit,  shop, false", "editor, edit,  shop, true",
            "editor, edit,  docs, false", "admin,  edit,  other, true",
            "none,   callPrivate, shop, false", "viewer, callPrivate, shop, true", "viewer, callPrivate, other, false",
            "none,   callPublic,  shop, true",
            "none,   keys,  -, false", "editor, keys,  -, false", "admin,  keys,  -, true",
            "editor, seeKeyFile, keys/alice.json, false", "admin, seeKeyFile, keys/alice.json, true",
            "none,   seeKeyFile, collections/a.json, true",
    })
    void rule(String who, String action, String on, boolean allowed) {
        ApiKey key = key(who);
        boolean actual = switch (action) {
            case "view" -> Permissions.canView(key, on);
            case "edit" -> Permissions.canEdit(key, on);
            case "callPrivate" -> Permissions.canCall(key, on, true);
            case "callPublic" -> Permissions.canCall(key, on, false);
            case "keys" -> Permissions.canManageKeys(key);
            case "seeKeyFile" -> Permissions.canSeeFile(key, on);
            default -> throw new IllegalArgumentException(action);
        };
        assertEquals(allowed, actual);
    }

    @ParameterizedTest(name = "{0} names owner {1} (was {2}): {3}")
    @CsvSource({"editor, e, , true", "editor, someone, , false", "editor, someone, someone, true",
            "admin, someone, , true", "editor, , x, true"})
    void owners(String who, String owner, String previous, boolean allowed) {
        assertEquals(allowed, Permissions.canNameOwner(key(who), owner, previous));
    }

    @ParameterizedTest(name = "{0} environment used by {1}: read {2}, write {3}")
    @CsvSource({"viewer, '', true, false", "viewer, shop, true, false", "viewer, other, false, false",
            "editor, shop, true, true", "editor, 'shop docs', true, false", "editor, '', true, true",
            "admin, other, true, true", "none, '', true, false"})
    void environments(String who, String usedBy, boolean read, boolean write) {
        List<String> collections = usedBy.isBlank() ? List.of() : List.of(usedBy.split(" "));
        assertEquals(read, Permissions.canReadEnvironment(key(who), collections));
        assertEquals(write, Permissions.canWriteEnvironment(key(who), collections));
    }
}
