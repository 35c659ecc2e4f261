package dev.storyline.web;

/**
 * A request the server refuses, with the status and the message the client sees ({@code {"error": "..."}} for the
 * API, an error page for the UI).
 */
public final class ApiError extends RuntimeException {

    private final int status;

    private ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** Well-formed but unusable: a page the analysis could not make an article of. */
    public static ApiError unprocessable(String message) {
        return new ApiError(422, message);
    }

    /** No token, or a wrong one, where one is needed. */
    public static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    /** A part the request needs (the cluster's Kafka) did not answer in time: try again later. */
    public static ApiError unavailable(String message) {
        return new ApiError(503, message);
    }

    public static ApiError conflict(String message) {
        return new ApiError(409, message);
    }

    public int status() {
        return status;
    }
}
