package org.tradekit.catalog.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A table file read one record at a time, so that a file of any length is imported in flat
 * memory. {@link #open} looks at the bytes, not the file name, to choose CSV or XLSX.
 */
public interface RowSource extends AutoCloseable {

    SourceInfo info();

    /** The column names of the first non-blank record, as written in the file. */
    List<String> headers();

    /**
     * The next record that is not blank, or null at the end of the file.
     *
     * @throws CatalogFileException when the file turns out to be damaged part way through
     */
    SourceRow next();

    /** How far reading has come, in the unit of {@link #size()}: for progress. */
    long position();

    /** The total for {@link #position()}, or -1 when unknown. */
    long size();

    @Override
    void close();

    /**
     * Opens a CSV or XLSX file and reads its header.
     *
     * @throws CatalogFileException when the file is missing, unreadable, empty, not a table or damaged
     */
    static RowSource open(Path file) {
        if (!Files.exists(file)) {
            throw new CatalogFileException("import.error.notFound", file);
        }
        if (!Files.isRegularFile(file)) {
            throw new CatalogFileException("import.error.notAFile", file);
        }
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
            size = Files.size(file);
        } catch (IOException e) {
            throw new CatalogFileException("import.error.cannotRead", e, file, e.getMessage());
        }
        if (size == 0) {
            throw new CatalogFileException("import.error.empty", file);
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxSource.open(file);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new CatalogFileException("import.error.oldExcel", file);
        }
        return CsvSource.open(file);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        int[] have = new int[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            have[i] = bytes[i] & 0xFF;
        }
        return Arrays.equals(have, prefix);
    }
}
