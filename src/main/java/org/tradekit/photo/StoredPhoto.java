package org.tradekit.photo;

/**
 * A photo in the store: its content hash (the file's name), size in pixels after orientation,
 * media type and size of the file in bytes.
 */
public record StoredPhoto(String sha256, int width, int height, String mime, long bytes) {
}
