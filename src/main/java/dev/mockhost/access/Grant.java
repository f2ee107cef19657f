package dev.mockhost.access;

import java.util.Locale;

/** Access to one collection: view its mocks, or also edit it and its mocks. */
public enum Grant {
    VIEW, EDIT;

    public static Grant parse(String text) {
        if (text == null) {
            return null;
        }
        for (Grant grant : values()) {
            if (grant.name().equalsIgnoreCase(text.strip())) {
                return grant;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
