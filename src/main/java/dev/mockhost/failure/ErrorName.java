package dev.mockhost.failure;

/**
 * Every error Mockhost answers, one table for mocks and the API alike: the name in the JSON body, the HTTP status,
 * and when. README's error table lists the same; a test keeps the two equal.
 */
public enum ErrorName {
    MOCK_REQUEST_NOT_FOUND("mockRequestNotFoundError", 404,
            "no example of the mock matches the call (Postman's body, byte for byte)"),
    MOCK_RESPONSE_NOT_FOUND("mockResponseNotFoundError", 404,
            "x-mock-response-id or x-mock-response-name names no example of the call's method"),
    MOCK_NOT_FOUND("mockNotFoundError", 404, "no mock has the name the call gives"),
    INVALID_HEADER("invalidHeaderError", 400, "an x-mock-* header of the call cannot be used; the error names it"),
    REQUEST_BODY_TOO_LARGE("requestBodyTooLargeError", 400,
            "a body over the limit: 1 MB for a mock call (Postman's limit for matching, and Postman's 400), "
                    + "mockhost.maxFileBytes for the API"),
    MALFORMED_REQUEST("malformedRequestError", 400,
            "a body cannot be read: not JSON (with line and column), empty, or an unreadable multipart body"),
    INVALID_PARAM("invalidParamError", 400,
            "a field, id or parameter cannot be used (an id with / or .., a reserved name, a status out of range); "
                    + "the error names it"),
    AUTHENTICATION("authenticationError", 401, "no x-api-key, or one that is not a key, where a key is needed"),
    FORBIDDEN("forbiddenError", 403, "the key may not do this"),
    CORS_ORIGIN_NOT_ALLOWED("corsOriginNotAllowedError", 403,
            "a browser preflight from an origin mockhost.cors.allowedOrigins does not list"),
    INSTANCE_NOT_FOUND("instanceNotFoundError", 404, "no collection, environment, mock, key or server response with "
            + "that id"),
    ROUTE_NOT_FOUND("notFoundError", 404, "no API route, or no console file, at that path"),
    METHOD_NOT_ALLOWED("methodNotAllowedError", 405,
            "the API route, or the console's files (GET, HEAD), answer other methods (Allow names them)"),
    CONFLICT("conflictError", 409, "exists already, still in use, a file that cannot be read now, or a document "
            + "managed in its directory or YAML file"),
    PRECONDITION_FAILED("preconditionFailedError", 412, "If-Match names a version the file no longer has (another "
            + "call or node changed it): the message and ETag give the current version; read it again and retry"),
    AUTH_RATE_LIMIT("authRateLimitError", 429, "too many failed x-api-key checks from this address this minute "
            + "(mockhost.authFailuresPerMinute; Retry-After says when to retry)"),
    RATE_LIMIT("rateLimitError", 429, "over mockhost.perMinuteLimit this minute (Retry-After says when to retry)"),
    USAGE_LIMIT("usageLimitError", 429, "over the monthly quota (Retry-After and RateLimit-* headers)"),
    UPSTREAM_UNREACHABLE("upstreamUnreachableError", 502, "a proxying mock's upstream refused the connection, its "
            + "name did not resolve or its answer could not be read; the message names the upstream"),
    UPSTREAM_TIMEOUT("upstreamTimeoutError", 504, "a proxying mock's upstream did not answer within "
            + "mockhost.proxy.timeoutMillis; the message names the upstream"),
    SERVER_STARTING("serverStartingError", 503, "Mockhost is still loading its directory"),
    STORAGE_UNAVAILABLE("storageUnavailableError", 503, "the mounted directory cannot be written now (read-only or "
            + "not permitted); nothing was changed and the mocks keep answering"),
    INSUFFICIENT_STORAGE("insufficientStorageError", 507, "the mounted directory is full; nothing was changed and "
            + "the mocks keep answering"),
    SERVER_ERROR("serverError", 500, "a failure of Mockhost itself; its log says why, and nothing was half written");

    private final String label;
    private final int status;
    private final String when;

    ErrorName(String label, int status, String when) {
        this.label = label;
        this.status = status;
        this.when = when;
    }

    /** The name in the JSON body, {@code mockRequestNotFoundError}. */
    public String label() {
        return label;
    }

    public int status() {
        return status;
    }

    public String when() {
        return when;
    }
}
