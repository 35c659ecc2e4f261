package dev.storyline.sources;

/** What a feed's last answer said to ask again with, so that an unchanged feed answers 304 and costs nothing. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
