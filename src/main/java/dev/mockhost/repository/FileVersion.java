package dev.mockhost.repository;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a definition file as the API shows it in {@code ETag} and expects it in {@code If-Match}: a strong
 * entity tag made from the file's bytes (the first 128 bits of their SHA-256, in hex), so every node sharing the
 * mounted directory computes the same tag for the same file without keeping any state. A resource with no file of
 * its own (an implicit mock) has the one fixed version {@link #NO_FILE}.
 *
 * @param tag the entity tag, quoted as it stands in the header: {@code "3f2a..."}
 */
public record FileVersion(String tag) {

    /** No file: a tag no digest can give, since a digest's tag is 32 hex digits. */
    public static final FileVersion NO_FILE = new FileVersion("\"no-file\"");

    /** The version of these bytes; {@link #NO_FILE} for null (no file). */
    public static FileVersion of(byte[] bytes) {
        if (bytes == null) {
            return NO_FILE;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new FileVersion("\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    public boolean hasFile() {
        return !equals(NO_FILE);
    }
}
