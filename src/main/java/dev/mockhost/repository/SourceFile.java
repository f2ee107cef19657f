package dev.mockhost.repository;

import dev.mockhost.collection.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A definition file as last read. {@code value} is its last good version: when a later version breaks, the value
 * stays and {@code error} says what is wrong with the file now.
 *
 * @param name the file relative to the mounted directory, as logs and reports show it
 * @param key  the file name without {@code .json} and Postman's export suffix
 */
record SourceFile<T>(Path path, String name, String key, T value, List<Problem> warnings, Problem error) {

    SourceFile {
        warnings = List.copyOf(warnings);
    }
}
