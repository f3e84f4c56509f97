package org.tradekit.photo;

/**
 * What the photo importer accepts and makes.
 *
 * @param maxFileBytes  larger files are refused before they are read
 * @param maxPixels     images whose header claims more pixels are refused before decoding (decompression bombs)
 * @param maxSide       a longer side is scaled down to this (photos dominate slow sync links)
 * @param thumbnailSide longest side of the cached thumbnails
 * @param jpegQuality   quality of re-encoded JPEGs, 0..1
 */
public record PhotoLimits(long maxFileBytes, long maxPixels, int maxSide, int thumbnailSide, float jpegQuality) {
    public static final PhotoLimits DEFAULT = new PhotoLimits(100L * 1024 * 1024, 100_000_000L, 2048, 256, 0.85f);

    public PhotoLimits {
        if (maxFileBytes <= 0 || maxPixels <= 0 || maxSide < 16 || thumbnailSide < 16 || thumbnailSide > maxSide
                || jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("unusable photo limits");
        }
    }

    public PhotoLimits withMaxSide(int side) {
        return new PhotoLimits(maxFileBytes, maxPixels, side, Math.min(thumbnailSide, side), jpegQuality);
    }
}
