package dev.mockhost.repository;

/**
 * What the repository reports about each load of the mounted directory (the first one and every reload): the
 * snapshot it swapped in and how long reading and building it took, or that it failed and the old one stays.
 */
public interface ReloadEvents {

    /** Reports nothing. */
    ReloadEvents NONE = new ReloadEvents() {
        @Override
        public void reloaded(Snapshot next, long nanos) {
        }

        @Override
        public void reloadFailed(long nanos) {
        }
    };

    /** {@code next} is served now; its {@code errors} are the files failing to load. */
    void reloaded(Snapshot next, long nanos);

    /** The reload threw (out of heap, say); the previous snapshot is still served. */
    void reloadFailed(long nanos);
}
