package dev.mockhost.repository;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Parsed;

/** Reads one kind of definition file. */
@FunctionalInterface
interface FileParser<T> {

    Parsed<T> parse(String file, byte[] bytes) throws InvalidFileException;
}
