package dev.mockhost.access;

import java.util.Locale;

/** What a key may do in general; grants refine viewers and editors per collection. Admin sees and edits all. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /** {@code "viewer"} -> VIEWER; null when the text names no role. */
    public static Role parse(String text) {
        if (text == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
