package org.tradekit.catalog;

/** A photo of a product: the content hash of its file in the photo store, its place and caption. */
public record ProductPhoto(String id, String sha256, int position, String caption) {
}
