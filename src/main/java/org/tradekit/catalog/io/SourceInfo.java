package org.tradekit.catalog.io;

/**
 * What was detected about a file: its format, the character set it was read in (null for XLSX),
 * whether that was a fallback because the bytes were not UTF-8, and the CSV separator.
 */
public record SourceInfo(FileFormat format, String charset, boolean charsetFallback, char delimiter) {
    public static SourceInfo xlsx() {
        return new SourceInfo(FileFormat.XLSX, null, false, '\0');
    }
}
