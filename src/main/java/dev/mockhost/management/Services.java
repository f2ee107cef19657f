package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;

/** What every service says the same way. */
final class Services {

    private Services() {
    }

    /** 403: the key may not {@code action}. */
    static Failure forbidden(ApiKey key, String action) {
        String who = key == null ? "A call without an API key" : "The API key \"" + key.name() + "\" ("
                + key.role().label() + ")";
        return Failure.of(ErrorName.FORBIDDEN, who + " may not " + action);
    }

    /** The owner part of every uid Mockhost hands out. */
    static final String UID_OWNER = "mockhost-";

    /** Postman's uid form, {@code <owner>-<id>}; Mockhost has no owners of files, so the owner is "mockhost". */
    static String uid(String id) {
        return UID_OWNER + id;
    }
}
