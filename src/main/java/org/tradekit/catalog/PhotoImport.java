package org.tradekit.catalog;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The seam to the content-addressed photo store: takes an image file in and answers its SHA-256,
 * under which {@link ProductPhoto} rows (and the cooperative's logo) refer to it. The photo store
 * ({@code PhotoStore.importImage}) implements it; until it is wired in, {@code AppContext} has none
 * and the editor does not accept dropped photos.
 */
@FunctionalInterface
public interface PhotoImport {
    String importImage(Path file) throws IOException;
}
