package org.tradekit.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tradekit.store.AtomicFiles;
import org.tradekit.store.Sha256;
import org.tradekit.store.StoreException;

/**
 * Photo files next to the database, named by the SHA-256 of their bytes:
 * {@code <dataDir>/blobs/ab/cd/<sha256>}. Content addressing makes a write idempotent (the same
 * bytes land on the same name) and lets sync and backups move files without a table of names.
 * Files are written atomically and never changed; nothing here deletes one: a tombstoned photo row
 * may still be wanted by a peer that has not synced yet, or by an older backup being restored.
 */
public final class PhotoStore {
    public static final String BLOBS = "blobs";
    public static final String THUMBS = "thumbs";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path blobs;
    private final Path thumbs;

    public PhotoStore(Path dataDir) {
        this.blobs = dataDir.resolve(BLOBS);
        this.thumbs = dataDir.resolve(THUMBS);
    }

    public static boolean isSha256(String s) {
        return s != null && SHA256.matcher(s).matches();
    }

    /** Where the photo with this hash lives (whether or not it is there). */
    public Path file(String sha) {
        if (!isSha256(sha)) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha);
        }
        return blobs.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    /** The cached thumbnail's place; a cache: it can be deleted and made again from the photo. */
    public Path thumbnailFile(String sha) {
        file(sha); // checks the name
        return thumbs.resolve(sha + ".jpg");
    }

    public boolean contains(String sha) {
        return Files.isRegularFile(file(sha));
    }

    /** Stores bytes under their hash; storing the same bytes again writes nothing. */
    public String put(byte[] bytes) {
        String sha = Sha256.of(bytes);
        Path target = file(sha);
        if (!Files.isRegularFile(target)) {
            try {
                AtomicFiles.write(target, out -> out.write(bytes));
            } catch (IOException e) {
                throw AtomicFiles.problem(e, target);
            }
        }
        return sha;
    }

    /**
     * Stores a stream that must hash to {@code sha} (a photo from a backup or a peer). A stream that
     * does not match leaves nothing behind.
     *
     * @return false when the photo was already there (the stream is then not read)
     * @throws StoreException {@code photo.error.hashMismatch} when the bytes are not the named photo
     */
    public boolean putVerified(InputStream in, String sha) {
        Path target = file(sha);
        if (Files.isRegularFile(target)) {
            return false;
        }
        try {
            Path temp = AtomicFiles.tempSibling(target);
            try {
                MessageDigest md = Sha256.digest();
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), md)) {
                    in.transferTo(out);
                }
                String actual = Sha256.hex(md);
                if (!actual.equals(sha)) {
                    throw new StoreException("photo.error.hashMismatch", null, sha, actual);
                }
                AtomicFiles.sync(temp);
                AtomicFiles.move(temp, target);
                return true;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw AtomicFiles.problem(e, target);
        }
    }

    /**
     * Takes in a file already checked to hash to {@code sha} (a restore's unpacked photo) by renaming
     * it into place, on the same disk. A photo already present is left as it is.
     */
    public void adopt(Path verified, String sha) {
        Path target = file(sha);
        if (Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.move(verified, target);
        } catch (IOException e) {
            throw AtomicFiles.problem(e, target);
        }
    }

    /**
     * Deletes a photo and its thumbnail (an erased person's card photo that nothing else uses). The
     * caller has checked that no row refers to it; a photo already gone is no error.
     */
    public void delete(String sha) {
        try {
            Files.deleteIfExists(file(sha));
            Files.deleteIfExists(thumbnailFile(sha));
        } catch (IOException e) {
            throw AtomicFiles.problem(e, file(sha));
        }
    }

    /** Every stored photo's hash (temporary files of unfinished writes are not photos). */
    public List<String> list() {
        if (!Files.isDirectory(blobs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(blobs, 3)) {
            List<String> out = new ArrayList<>();
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(PhotoStore::isSha256)
                    .sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw AtomicFiles.problem(e, blobs);
        }
    }
}
