package dev.mockhost.repository;

import java.util.ArrayList;
import java.util.List;

/**
 * A request's {@code If-Match} (RFC 9110, 13.1.1): absent (the write goes through), {@code *} (the resource must
 * exist) or a list of entity tags, one of which must be the current version. Tags compare strongly, so a weak tag
 * ({@code W/"..."}) never matches: Mockhost's versions are byte-exact.
 *
 * @param present whether the request sent the header at all
 * @param any     {@code If-Match: *}
 * @param tags    the quoted entity tags listed
 */
public record IfMatch(boolean present, boolean any, List<String> tags) {

    /** No {@code If-Match}: every write goes through, as before entity tags existed. */
    public static final IfMatch NONE = new IfMatch(false, false, List.of());

    public IfMatch {
        tags = List.copyOf(tags);
    }

    /** The header's value; null or blank is {@link #NONE}. */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        if (header.strip().equals("*")) {
            return new IfMatch(true, true, List.of());
        }
        List<String> tags = new ArrayList<>();
        for (String tag : header.split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return new IfMatch(true, false, tags);
    }

    /** If-Match naming exactly this version. */
    public static IfMatch of(FileVersion version) {
        return new IfMatch(true, false, List.of(version.tag()));
    }

    /**
     * Whether a write may go on over {@code current}; {@code exists} says whether the resource exists, which it may
     * without a file of its own (an implicit mock).
     */
    public boolean allows(FileVersion current, boolean exists) {
        if (!present) {
            return true;
        }
        if (any) {
            return exists;
        }
        return exists && tags.contains(current.tag());
    }
}
