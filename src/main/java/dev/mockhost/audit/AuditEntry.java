package dev.mockhost.audit;

import java.time.Instant;

/**
 * One management write as the audit log keeps it. Never a body or a secret: what was asked is the method and the
 * path, who asked is the key's name.
 *
 * @param id      given by the store (0 before): ids grow with time, so they are cursors
 * @param key     the name of the key that made the call, or null when it sent none that is valid
 * @param path    below {@code /api}, such as {@code /mocks/shop}
 * @param address the client's address as the container saw it
 * @param status  the HTTP status of the answer
 * @param error   the error name of a refused write ({@code forbiddenError}), or null when it went through
 */
public record AuditEntry(long id, Instant at, String key, String method, String path, String address, int status,
                         String error) {
}
