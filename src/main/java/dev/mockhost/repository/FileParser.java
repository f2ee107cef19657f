package dev.mockhost.repository;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Parsed;

/** Reads one kind of definition file; {@code key} is the name the file gives (mocks and keys are named so). */
@FunctionalInterface
interface FileParser<T> {

    Parsed<T> parse(String file, String key, byte[] bytes) throws InvalidFileException;
}
