package org.tradekit.brochure;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.coop.CoopProfile;

/** Pieces several brochure pages share: the title band, a fact table, the contact block, a captioned QR. */
final class Blocks {
    private Blocks() {
    }

    /** The accent band across the top with the document's title and the cooperative's name; returns its bottom. */
    static float band(BrochureDocument d, Canvas c, String title, float top) throws IOException {
        float h = bandHeight(d);
        float s = d.size(12);
        c.fill(d.theme.accent(), d.left(), top, d.contentWidth(), h);
        String t = d.face.printable(title);
        c.text(t, d.left() + d.size(8), top + (h - s) / 2, s, true, Color.WHITE);
        float room = d.contentWidth() - d.face.width(t, s, true) - d.size(32);
        List<String> name = d.breaker.fit(d.coopName(), room, d.size(9), false, 1).lines();
        if (!name.isEmpty()) {
            c.textRight(name.get(0), d.left() + d.contentWidth() - d.size(8), top + (h - d.size(9)) / 2, d.size(9), false,
                    Color.WHITE);
        }
        return top + h;
    }

    static float bandHeight(BrochureDocument d) {
        return d.size(26);
    }

    /** Label/value rows, values wrapped (at most 3 lines each); stops before {@code maxBottom}. Returns the bottom. */
    static float facts(BrochureDocument d, Canvas c, List<ProductFacts.Fact> facts, float x, float top, float w,
            float maxBottom, float size, String sku) throws IOException {
        float labelW = w * 0.34f;
        float pad = size * 0.35f;
        float lead = Canvas.leading(size);
        boolean shade = false;
        for (ProductFacts.Fact f : facts) {
            LineBreaker.Lines value = d.breaker.fit(f.value(), w - labelW - 2 * pad, size, false, 3);
            List<String> label = d.breaker.fit(f.label(), labelW - 2 * pad, size, true, 2).lines();
            float h = Math.max(value.lines().size(), label.size()) * lead + 2 * pad;
            if (top + h > maxBottom) {
                d.warnings.add(new BrochureWarning("brochure.warning.factsShortened", sku));
                return top;
            }
            if (value.truncated()) {
                d.warnings.add(new BrochureWarning("brochure.warning.textShortened", sku, f.label()));
            }
            if (shade) {
                c.fill(d.theme.tint(), x, top, w, h);
            }
            shade = !shade;
            c.lines(label, x + pad, top + pad, size, true, Theme.TEXT);
            c.lines(value.lines(), x + labelW + pad, top + pad, size, false, Theme.TEXT);
            top += h;
        }
        return top;
    }

    /** The cooperative's name and contact lines; returns the bottom. */
    static float contact(BrochureDocument d, Canvas c, float x, float top, float w, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        CoopProfile p = d.coop;
        float y = top;
        y += c.lines(d.breaker.fit(d.coopName(), w, size * 1.15f, true, 2).lines(), x, y, size * 1.15f, true,
                d.theme.accent());
        addLine(d, lines, "doc.contact.address", p.address());
        addLine(d, lines, "doc.contact.phone", p.phone());
        addLine(d, lines, "doc.contact.email", p.email());
        addLine(d, lines, "doc.contact.website", p.website());
        for (String l : lines) {
            y += c.lines(d.breaker.fit(l, w, size, false, 2).lines(), x, y, size, false, Theme.TEXT);
        }
        return y;
    }

    private static void addLine(BrochureDocument d, List<String> lines, String key, String value) {
        if (value != null) {
            lines.add(d.words.get(key) + ": " + value);
        }
    }

    /** A QR code with a one- or two-line caption under it; returns the height taken. */
    static float qr(BrochureDocument d, Canvas c, String uri, String caption, float x, float top, float side)
            throws IOException {
        return qr(d, c, uri, uri, caption, x, top, side);
    }

    static float qr(BrochureDocument d, Canvas c, String content, String link, String caption, float x, float top,
            float side) throws IOException {
        c.qr(content, link, x, top, side);
        float s = Math.max(6, side / 11);
        List<String> cap = d.breaker.fit(caption, side, s, false, 2).lines();
        float y = top + side;
        for (String l : cap) {
            c.text(l, x + (side - d.face.width(l, s, false)) / 2, y, s, false, Theme.MUTED);
            y += Canvas.leading(s);
        }
        return y - top;
    }

    /** The photo a product shows: the chosen main one among its photos, else the first. */
    static String mainPhoto(Product p) {
        return ProductPhoto.mainOf(p.photos(), p.text(ProductField.PRIMARY_PHOTO));
    }
}
