package dev.mockhost.repository;

/**
 * What the management services read and write: the snapshot served now (null while the directory is still loading)
 * and the writer of definition files, whose writes are reloaded at once.
 */
public interface Workspace {

    Snapshot current();

    HomeWriter writer();
}
