package dev.storyline.web;

import io.javalin.config.RoutesConfig;

/**
 * A part of the desk that brings its own pages and API routes (the sources, the alerts), so that the server composes
 * them without knowing their insides. Writes (POST, PUT, PATCH, DELETE) are guarded by the server for every route.
 */
public interface DeskModule {

    void routes(RoutesConfig routes);
}
