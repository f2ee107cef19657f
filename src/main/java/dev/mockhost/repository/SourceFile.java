package dev.mockhost.repository;

import dev.mockhost.collection.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A definition file (or a v3 collection's directory) as last read. {@code value} is its last good version: when a
 * later version breaks, the value stays and {@code errors} say what is wrong now (for a directory, one per file
 * that cannot be read; the directory is still served from the others and their last good versions).
 *
 * @param name the file relative to the mounted directory, as logs and reports show it
 * @param key  the file name without {@code .json} and Postman's export suffix (a directory's: its name as a slug)
 */
record SourceFile<T>(Path path, String name, String key, T value, List<Problem> warnings, List<Problem> errors) {

    SourceFile {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** The first error, or null when the file reads cleanly. */
    Problem error() {
        return errors.isEmpty() ? null : errors.get(0);
    }
}
