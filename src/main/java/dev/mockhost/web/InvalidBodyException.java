package dev.mockhost.web;

/** A request body that cannot be read as what its Content-Type says; answered with 400. */
final class InvalidBodyException extends RuntimeException {

    InvalidBodyException(String message) {
        super(message);
    }
}
