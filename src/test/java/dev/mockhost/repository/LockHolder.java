package dev.mockhost.repository;

import java.nio.file.Path;

/**
 * Another process for {@link HomeLockTest}: takes the lock of the data folder {@code args[0]}, says "locked" on
 * standard output, and holds it until its standard input closes.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        new HomeLock(Path.of(args[0])).locked(() -> {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the test closes our input
            }
            return null;
        });
    }
}
