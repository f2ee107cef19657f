package dev.mockhost.access;

import java.util.Collection;

/**
 * Every "may this key do X" of Mockhost, in one place, for the mock path and the API alike. A key is a role (viewer,
 * editor, admin) and grants per collection ({@code view} or {@code edit}); admins may do everything. A null key is
 * a caller without one.
 */
public final class Permissions {

    /** The folder whose files (key files) only admins may see named in reports. */
    private static final String KEYS_FOLDER = "keys/";

    private Permissions() {
    }

    public static boolean isAdmin(ApiKey key) {
        return key != null && key.role() == Role.ADMIN;
    }

    /** Viewers and editors see the collections granted to them; admins all. */
    public static boolean canView(ApiKey key, String collection) {
        return isAdmin(key) || (key != null && key.grants().containsKey(collection));
    }

    /** Editors edit the collections granted {@code edit}, and their mocks; admins all; viewers nothing. */
    public static boolean canEdit(ApiKey key, String collection) {
        return isAdmin(key) || (key != null && key.role() == Role.EDITOR
                && key.grants().get(collection) == Grant.EDIT);
    }

    /** A public mock answers anyone; a private one a key that may view its collection. */
    public static boolean canCall(ApiKey key, String collection, boolean isPrivate) {
        return !isPrivate || canView(key, collection);
    }

    /** Whether a status report lists a mock: the public ones to anyone, a private one to those who may call it. */
    public static boolean canSeeListed(ApiKey key, String collection, boolean isPrivate) {
        return canCall(key, collection, isPrivate);
    }

    /** Only admins name another key as a mock's owner: an owner's quota pays for the mock's calls without a key. */
    public static boolean canNameOwner(ApiKey key, String owner, String previousOwner) {
        return owner == null || owner.equals(previousOwner) || (key != null && owner.equals(key.name()))
                || isAdmin(key);
    }

    /** Keys are created, changed and revoked by admins only. */
    public static boolean canManageKeys(ApiKey key) {
        return isAdmin(key);
    }

    /**
     * An environment has no grants of its own and follows the mocks that use it ({@code collections}: those mocks'
     * collections): readable when no mock uses it, or when the key may view one that does.
     */
    public static boolean canReadEnvironment(ApiKey key, Collection<String> collections) {
        return collections.isEmpty() || collections.stream().anyMatch(c -> canView(key, c)) || isAdmin(key);
    }

    /** Writable by an editor who may edit every collection whose mock uses it; by admins. */
    public static boolean canWriteEnvironment(ApiKey key, Collection<String> collections) {
        return isAdmin(key) || (key != null && key.role() == Role.EDITOR
                && collections.stream().allMatch(c -> canEdit(key, c)));
    }

    /** The server's metrics ({@code GET /api/metrics}) show every mock and key name: admins only. */
    public static boolean canReadMetrics(ApiKey key) {
        return isAdmin(key);
    }

    /** Reports name key files and the mounted directory to admins only. */
    public static boolean canSeeFile(ApiKey key, String file) {
        return isAdmin(key) || !file.startsWith(KEYS_FOLDER);
    }
}
