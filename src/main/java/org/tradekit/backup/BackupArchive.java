package org.tradekit.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.tradekit.photo.PhotoStore;
import org.tradekit.store.AtomicFiles;
import org.tradekit.work.Work;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The backup file: one ZIP that a user can copy, mail or keep on a stick. Layout:
 * {@code manifest.json}, {@code tradekit.db} (a consistent snapshot, deflated), optionally
 * {@code tradekit.db-wal} (only in a raw copy of a damaged database), and the photos as
 * {@code blobs/ab/cd/<sha256>} (stored: JPEGs do not shrink). See docs/decisions/0005-backups.md.
 */
final class BackupArchive {
    static final String MANIFEST = "manifest.json";
    static final String DATABASE = "tradekit.db";
    static final String WAL = "tradekit.db-wal";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BLOB = Pattern.compile("blobs/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})");

    private BackupArchive() {
    }

    /** The photo hash an entry holds, or null when the entry is not a well-formed photo entry. */
    static String blobSha(String entryName) {
        Matcher m = BLOB.matcher(entryName);
        if (m.matches() && m.group(3).startsWith(m.group(1) + m.group(2))) {
            return m.group(3);
        }
        return null;
    }

    static String blobEntry(String sha) {
        return "blobs/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }

    /**
     * Writes the archive atomically: a cancelled or failed write leaves no file at {@code target}.
     *
     * @param wal    the database's WAL file for a raw copy, else null
     * @param photos hashes of the photos to include from {@code store}
     */
    static void write(Path target, BackupManifest manifest, Path database, Path wal, List<String> photos,
            PhotoStore store, Work work) throws IOException {
        int total = photos.size() + 1;
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            deflated(zip, DATABASE, database);
            if (wal != null) {
                deflated(zip, WAL, wal);
            }
            work.report(1, total, "backup.progress", 1, total);
            int done = 1;
            for (String sha : photos) {
                work.cancel().check();
                stored(zip, blobEntry(sha), store.file(sha));
                done++;
                work.report(done, total, "backup.progress", done, total);
            }
            zip.finish(); // the caller's stream is flushed, synced and closed by AtomicFiles
        });
    }

    private static void deflated(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** A photo goes in uncompressed (it is compressed already), which ZIP wants sized and checksummed up front. */
    private static void stored(ZipOutputStream zip, String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) {
                crc.update(buf, 0, n);
                size += n;
            }
        }
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        Files.copy(file, zip);
        zip.closeEntry();
    }
}
