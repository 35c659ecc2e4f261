package dev.storyline.entities;

import morfologik.stemming.Dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/** Morfologik's Polish dictionary (PoliMorf, BSD licence, {@code org.carrot2:morfologik-polish}), read from its jar. */
public final class PolishDictionary {
    private static final String RESOURCE = "/morfologik/stemming/polish/polish.dict";

    private PolishDictionary() {
    }

    /** A fresh read of the dictionary (a few MB): callers keep the one they read. */
    public static Dictionary read() {
        URL url = PolishDictionary.class.getResource(RESOURCE);
        if (url == null) throw new IllegalStateException("Morfologik's Polish dictionary " + RESOURCE + " is missing from the classpath");
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("reading Morfologik's Polish dictionary " + RESOURCE, e);
        }
    }
}
