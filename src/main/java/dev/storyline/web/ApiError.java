package dev.storyline.web;

/**
 * A request the server refuses, with the status and the message the client sees ({@code {"error": "..."}} for the
 * API, an error page for the UI).
 */
final class ApiError extends RuntimeException {

    private final int status;

    private ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** Well-formed but unusable: a page the analysis could not make an article of. */
    static ApiError unprocessable(String message) {
        return new ApiError(422, message);
    }

    int status() {
        return status;
    }
}
