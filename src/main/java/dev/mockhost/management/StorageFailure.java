package dev.mockhost.management;

import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a failed write of the mounted directory tells the caller. A full disk (or quota) is 507, a directory that
 * cannot be written (read-only mount, no permission) is 503: both the operator's to fix, neither the caller's, and
 * in both the previous file is intact, since every write goes to a temporary file first. Anything else stays a 500.
 */
final class StorageFailure {

    private static final Logger LOG = Logger.getLogger(StorageFailure.class.getName());

    private StorageFailure() {
    }

    static RuntimeException of(IOException e) {
        String reason = reason(e);
        if (reason.contains("no space left") || reason.contains("disk quota") || reason.contains("file too large")) {
            LOG.log(Level.SEVERE, "the mounted directory is full; writes are refused until there is room", e);
            return Failure.of(ErrorName.INSUFFICIENT_STORAGE, "The mounted directory is full (" + e.getMessage()
                    + "): nothing was changed, the previous files are intact and the mocks keep answering; free "
                    + "some room and retry");
        }
        if (e instanceof AccessDeniedException || reason.contains("read-only file system")
                || reason.contains("permission denied")) {
            LOG.log(Level.SEVERE, "the mounted directory cannot be written; writes are refused", e);
            return Failure.of(ErrorName.STORAGE_UNAVAILABLE, "The mounted directory cannot be written now (read-only "
                    + "or not permitted): nothing was changed, the previous files are intact and the mocks keep "
                    + "answering; retry once it is writable");
        }
        return new UncheckedIOException(e);
    }

    private static String reason(IOException e) {
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
