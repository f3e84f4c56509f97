package org.tradekit.store;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Files that appear whole or not at all: written to a temporary name in the target's folder,
 * flushed to the disk, then renamed over the target. A crash or a full disk leaves the old file
 * (or none), never half of a new one.
 */
public final class AtomicFiles {
    private static final long NEARLY_FULL_BYTES = 256 * 1024;

    /** Writes the whole content to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} atomically; on failure the temporary file is removed and the target is unchanged. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = tempSibling(target);
        try {
            try (FileOutputStream fos = new FileOutputStream(temp.toFile());
                    OutputStream out = new BufferedOutputStream(fos, 64 * 1024)) {
                content.writeTo(out);
                out.flush();
                fos.getChannel().force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A fresh hidden name next to {@code target}, for work that is renamed into place when complete. */
    public static Path tempSibling(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    /** Renames {@code source} over {@code target} in one step (same file system), then makes the rename durable. */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** Flushes a file's content to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes a rename in {@code dir} survive a power cut. Some systems (Windows) cannot open a folder: best effort. */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the rename is done; only its durability across a power cut is left to the OS
        }
    }

    /** True when the failure is a full disk (or a quota), which the user can fix by freeing space. */
    public static boolean isDiskFull(IOException e, Path where) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("not enough space") || r.contains("disk quota")) {
            return true;
        }
        try {
            Path existing = where.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException ignored) {
            return false;
        }
    }

    /** The user's words for a failed file operation: "disk full" when it is, else the system's reason. */
    public static StoreException problem(IOException e, Path file) {
        if (isDiskFull(e, file)) {
            return new StoreException("store.error.diskFull", e, file);
        }
        return new StoreException("store.error.io", e, file, e.getMessage());
    }
}
