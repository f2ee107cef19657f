package dev.mockhost.management;

import dev.mockhost.repository.FileVersion;

/**
 * What a write (or a read of one resource) answers with the version of the file behind it, the {@code ETag} the
 * caller sends back in {@code If-Match}. The version is of the bytes this call wrote or read, never one read again
 * afterwards, when another node may have written since.
 *
 * @param version null when the resource has no file the API manages (a v3 collection)
 */
public record Versioned<T>(T value, FileVersion version) {
}
