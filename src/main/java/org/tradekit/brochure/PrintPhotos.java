package org.tradekit.brochure;

import java.awt.Color;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
final class PrintPhotos {
    static final int DPI = 200;
    private static final Color PLACEHOLDER = new Color(0xEEEEEE);
    private final PDDocument doc;
    private final WebImages images;
    private final Map<String, PDImageXObject> placed = new HashMap<>();
    private final List<BrochureWarning> warnings;

    PrintPhotos(PDDocument doc, WebImages images, List<BrochureWarning> warnings) {
        this.doc = doc;
        this.images = images;
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

    private PDImageXObject load(String sha, String caption, float w, float h) {
        int pw = (int) Math.ceil(w / 72 * DPI);
        int ph = (int) Math.ceil(h / 72 * DPI);
        String key = sha + "@" + pw + "x" + ph;
        if (placed.containsKey(key)) {
            return placed.get(key);
        }
        PDImageXObject image = null;
        if (!images.has(sha)) {
            warnings.add(new BrochureWarning("brochure.warning.photoMissing", caption));
        } else {
            try {
                image = JPEGFactory.createFromByteArray(doc, images.jpegWithin(sha, pw, ph));
            } catch (PhotoException | StoreException | IOException e) {
                warnings.add(new BrochureWarning("brochure.warning.photoDamaged", caption));
            }
        }
        placed.put(key, image);
        return image;
    }
}
