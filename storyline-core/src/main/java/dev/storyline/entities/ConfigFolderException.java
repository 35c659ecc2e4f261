package dev.storyline.entities;

import java.nio.file.Path;

/**
 * The configuration folder of the curated name lists, or a file in it, cannot be used: the message names the folder
 * or the file (and the line, when one is at fault) and the reason, as the user should read it.
 */
public final class ConfigFolderException extends RuntimeException {

    public ConfigFolderException(String message) {
        super(message);
    }

    /**
     * The lines of a configured file, decoded as UTF-8 one by one, so that a fault names its line.
     *
     * @throws ConfigFolderException when the file cannot be read or a line is not UTF-8
     */
    static java.util.List<String> lines(Path file) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw unreadable(file, 0, "cannot be read (" + e.getMessage() + ")");
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            int length = end > start && bytes[end - 1] == '\r' ? end - start - 1 : end - start;
            try {
                lines.add(utf8.decode(java.nio.ByteBuffer.wrap(bytes, start, length)).toString());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw unreadable(file, lines.size() + 1, "not UTF-8 text");
            }
            start = end + 1;
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines.set(0, lines.get(0).substring(1));
        return lines;
    }

    /** A file of the folder that cannot be read at {@code line} (1-based; 0: not at any line). */
    static ConfigFolderException unreadable(Path file, int line, String reason) {
        return new ConfigFolderException(file + (line > 0 ? " line " + line : "") + ": " + reason);
    }
}
