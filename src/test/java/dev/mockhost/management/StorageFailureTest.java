package dev.mockhost.management;

import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The reasons the operating system gives for a failed write, as Java reports them, and what the caller gets. */
class StorageFailureTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "io, No space left on device, insufficientStorageError",
        "fs, No space left on device, insufficientStorageError",
        "io, Disk quota exceeded, insufficientStorageError",
        "io, File too large, insufficientStorageError",
        "fs, Read-only file system, storageUnavailableError",
        "denied, , storageUnavailableError",
        "fs, Permission denied, storageUnavailableError",
        "io, Input/output error, serverError"})
    void eachReasonHasItsAnswer(String kind, String reason, String expected) {
        IOException e = switch (kind) {
            case "fs" -> new FileSystemException("/home/collections/.shop.json.tmp", null, reason);
            case "denied" -> new AccessDeniedException("/home/collections/.shop.json.tmp");
            default -> new IOException(reason);
        };
        RuntimeException answer = StorageFailure.of(e);
        if (expected.equals("serverError")) {
            assertInstanceOf(UncheckedIOException.class, answer, "an unknown failure stays the server's: 500");
            return;
        }
        ErrorName name = assertInstanceOf(Failure.class, answer).body().name();
        assertEquals(expected, name.label());
    }
}
