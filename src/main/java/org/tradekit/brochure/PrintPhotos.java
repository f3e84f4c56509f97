package org.tradekit.brochure;

import java.awt.Color;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tradekit.photo.PhotoException;
import org.tradekit.photo.WebImages;
import org.tradekit.store.StoreException;

/**
 * Photos placed at print resolution: each stored photo is scaled to about {@link #DPI} dots per inch at
 * the size it is printed (never enlarged), turned upright per its EXIF orientation and re-encoded as
 * JPEG, so a catalogue made from 12-megapixel camera photos stays small. A product without a photo, or
 * with a photo that cannot be read, gets a clean placeholder; the second also gets a warning.
 */
final class PrintPhotos implements AutoCloseable {
    static final int DPI = 200;
    private static final Color PLACEHOLDER = new Color(0xEEEEEE);
    private final PDDocument doc;
    private final WebImages images;
    private final ScaledPhotoCache cache;
    private final Map<String, PDImageXObject> placed = new HashMap<>();
    private final List<BrochureWarning> warnings;
    private final Map<String, CompletableFuture<byte[]>> pending = new HashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
            r -> {
                Thread t = new Thread(r, "brochure-photos");
                t.setDaemon(true);
                return t;
            });

    PrintPhotos(PDDocument doc, WebImages images, ScaledPhotoCache cache, List<BrochureWarning> warnings) {
        this.doc = doc;
        this.images = images;
        this.cache = cache;
        this.warnings = warnings;
    }

    /**
     * Draws the photo centred in the box, as large as fits; returns false when a placeholder was drawn.
     *
     * @param sha     the photo's content hash, or null for none
     * @param caption who the photo belongs to, for a warning (the product's SKU)
     */
    boolean draw(Canvas c, String sha, String caption, String placeholderText, float x, float top, float w, float h)
            throws IOException {
        PDImageXObject image = sha == null ? null : load(sha, caption, w, h);
        if (image == null) {
            if (placeholderText != null) {
                c.fill(PLACEHOLDER, x, top, w, h);
                float size = Math.max(7, Math.min(12, h / 8));
                c.textCentered(placeholderText, x + w / 2, top + h / 2 - size / 2, size, Theme.MUTED);
            }
            return false;
        }
        float scale = Math.min(w / image.getWidth(), h / image.getHeight());
        float iw = image.getWidth() * scale;
        float ih = image.getHeight() * scale;
        c.image(image, x + (w - iw) / 2, top + (h - ih) / 2, iw, ih);
        return true;
    }

    /**
     * Starts preparing a photo for a box of {@code w} x {@code h} points on the other cores: decoding a
     * camera original is most of a catalogue's time, and drawing (one thread) then only embeds the result.
     */
    void prefetch(String sha, float w, float h) {
        if (sha != null && images.has(sha)) {
            int pw = pixels(w);
            int ph = pixels(h);
            pending.computeIfAbsent(key(sha, pw, ph), k -> CompletableFuture.supplyAsync(() -> scaled(sha, pw, ph), pool));
        }
    }

    private PDImageXObject load(String sha, String caption, float w, float h) {
        int pw = pixels(w);
        int ph = pixels(h);
        String key = key(sha, pw, ph);
        if (placed.containsKey(key)) {
            return placed.get(key);
        }
        PDImageXObject image = null;
        if (!images.has(sha)) {
            warnings.add(new BrochureWarning("brochure.warning.photoMissing", caption));
        } else {
            CompletableFuture<byte[]> ready = pending.remove(key);
            byte[] jpeg = ready == null ? scaled(sha, pw, ph) : ready.join();
            try {
                image = jpeg == null ? null : JPEGFactory.createFromByteArray(doc, jpeg);
            } catch (IOException e) {
                image = null;
            }
            if (image == null) {
                warnings.add(new BrochureWarning("brochure.warning.photoDamaged", caption));
            }
        }
        placed.put(key, image);
        return image;
    }

    /** The photo scaled for its box as JPEG, or null when it cannot be read. */
    private byte[] scaled(String sha, int pw, int ph) {
        return cache.get(key(sha, pw, ph), () -> {
            try {
                return images.jpegWithin(sha, pw, ph);
            } catch (PhotoException | StoreException e) {
                return null;
            } catch (RuntimeException e) { // a decoder's own bug on a strange file: still only this photo is lost
                return null;
            }
        });
    }

    private static int pixels(float points) {
        return (int) Math.ceil(points / 72 * DPI);
    }

    private static String key(String sha, int pw, int ph) {
        return sha + "@" + pw + "x" + ph;
    }

    /** Stops preparing photos no page will need (a cancelled document). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
