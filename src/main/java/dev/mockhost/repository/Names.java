package dev.mockhost.repository;

import dev.mockhost.failure.Failure;

import java.util.Locale;

/**
 * Ids that become file names: letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit,
 * at most 100 characters, never {@code ..}; and never a name Mockhost's own pages use. Checked before anything is
 * written, so no id can reach outside its folder.
 */
public final class Names {

    static final int MAX_LENGTH = 100;

    private Names() {
    }

    /** @throws Failure {@code invalidParamError} naming {@code field} when {@code value} cannot be an id */
    public static String check(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid(field, "is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw invalid(field, "holds a control character");
            }
            if (c == '/' || c == '\\') {
                throw invalid(field, "holds a slash; an id is one path segment");
            }
        }
        if (value.contains("..")) {
            throw invalid(field, "holds \"..\"");
        }
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw invalid(field, "may hold only letters, digits, '.', '_' and '-', and starts with a "
                    + "letter or digit; not \"" + value + "\"");
        }
        if (SnapshotBuilder.RESERVED_NAMES.contains(value.toLowerCase(Locale.ROOT))) {
            throw invalid(field, "\"" + value + "\" is reserved for Mockhost's own pages");
        }
        return value;
    }

    private static Failure invalid(String field, String problem) {
        return Failure.invalid(field, field + " " + problem);
    }

    /** An id made from a display name: "Pet Store v2" -> "pet-store-v2". */
    public static String slug(String name, String fallback) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        if (slug.isEmpty() || SnapshotBuilder.RESERVED_NAMES.contains(slug)) {
            return fallback;
        }
        return slug;
    }
}
