package org.tradekit.trace.event;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.tradekit.photo.PhotoStore;
import org.tradekit.trace.TraceException;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;

/**
 * Files attached to events (a certificate's scan or photo, a test report): PDF or image only,
 * recognised by their content, kept byte for byte (a certificate must stay legible) in the same
 * content-addressed blob store as photos, so backups and sync carry them the same way.
 */
public final class Attachments {
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PhotoStore blobs;

    public Attachments(PhotoStore blobs) {
        this.blobs = blobs;
    }

    /**
     * Stores a file and returns what an event names: its hash, type and name.
     *
     * @throws TraceException when the file is missing, too large, or neither a PDF nor an image; nothing is stored then
     */
    public Attachment store(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new TraceException("trace.error.attachmentMissing", name);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new TraceException("trace.error.attachmentTooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TraceException("trace.error.attachmentUnreadable", e, name, String.valueOf(e.getMessage()));
        }
        String mime = mime(bytes);
        if (mime == null) {
            throw new TraceException("trace.error.attachmentNotDocument", name);
        }
        return new Attachment(blobs.put(bytes), mime, name);
    }

    /** Where an attached file lives (it may arrive later by sync). */
    public Path file(Attachment a) {
        return blobs.file(a.sha256());
    }

    /** The type by content: PDF, or an image format; null for anything else. */
    static String mime(byte[] bytes) {
        if (bytes.length >= PDF.length && Arrays.equals(Arrays.copyOf(bytes, PDF.length), PDF)) {
            return "application/pdf";
        }
        FileType type;
        try {
            type = FileTypeDetector.detectFileType(new BufferedInputStream(
                    new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, 4096))));
        } catch (IOException e) {
            return null;
        }
        return switch (type) {
            case Jpeg, Png, Gif, Bmp, Tiff, WebP, Heif -> type.getMimeType();
            default -> null;
        };
    }
}
