package org.tradekit.brochure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tradekit.catalog.Product;

/**
 * One product in a catalogue's grid: photo, name (wrapped, at most 3 lines), short description
 * (shortened with an ellipsis and a warning when long), key facts and a QR code to its traceability
 * page. A cell wider than tall (2 per page) puts the photo beside the text, otherwise above it.
 */
final class ProductCell {
    private ProductCell() {
    }

    /** Wide cells (2 per page) put the photo beside the text. */
    private static boolean beside(float w, float h) {
        return w > h * 1.2f;
    }

    /** The photo's box in a cell of {@code w} x {@code h}: known before drawing, so photos can be prepared ahead. */
    static float[] photoBox(BrochureDocument d, GridLayout grid, float w, float h) {
        float pad = d.size(8);
        float iw = w - 2 * pad;
        float ih = h - 2 * pad;
        if (beside(w, h)) {
            return new float[] {iw * 0.42f, ih};
        }
        return new float[] {iw, ih * (grid == GridLayout.GRID1 ? 0.48f : 0.42f)};
    }

    static void draw(BrochureDocument d, Canvas c, Product p, GridLayout grid, float x, float top, float w, float h)
            throws IOException {
        ProductTexts texts = ProductTexts.of(p, d.words);
        float pad = d.size(8);
        c.frame(d.theme.tint(), x, top, w, h, 1.2f);
        float ix = x + pad;
        float iw = w - 2 * pad;
        float itop = top + pad;
        float ih = h - 2 * pad;
        String noPhoto = d.face.printable(d.words.get("doc.photo.none"));
        float[] box = photoBox(d, grid, w, h);
        d.photos.draw(c, Blocks.mainPhoto(p), p.sku(), noPhoto, ix, itop, box[0], box[1]);
        if (beside(w, h)) {
            ix += box[0] + pad;
            iw -= box[0] + pad;
        } else {
            itop += box[1] + pad;
            ih -= box[1] + pad;
        }
        float scale = grid == GridLayout.GRID4 ? 0.85f : 1f;
        float nameSize = d.size(d.theme.headingSize() * scale);
        float body = d.size(d.theme.bodySize() * scale * 0.95f);
        float lead = Canvas.leading(body);

        LineBreaker.Lines name = d.breaker.fit(texts.title(), iw, nameSize, true, 3);
        if (name.truncated()) {
            d.warnings.add(new BrochureWarning("brochure.warning.nameShortened", p.sku()));
        }
        float y = itop + c.lines(name.lines(), ix, itop, nameSize, true, d.theme.accent()) + d.size(4);

        var link = d.links.of(p);
        float qrSide = link.isPresent() ? d.size(grid == GridLayout.GRID1 ? 84 : 62) * (grid == GridLayout.GRID4 ? 0.9f : 1f) : 0;
        float caption = link.isPresent() ? Canvas.leading(Math.max(6, qrSide / 11)) * 2 : 0;
        float bottom = itop + ih;
        float factsW = iw - (qrSide > 0 ? qrSide + pad : 0);
        List<String> facts = new ArrayList<>();
        int maxFacts = grid == GridLayout.GRID4 ? 4 : grid == GridLayout.GRID2 ? 6 : 9;
        for (ProductFacts.Fact f : d.facts.key(p)) {
            if (facts.size() == maxFacts) {
                break;
            }
            facts.addAll(d.breaker.fit(f.label() + ": " + f.value(), factsW, body, false, 1).lines());
        }
        float blockH = Math.max(facts.size() * lead, qrSide + caption);
        float room = bottom - blockH - y - d.size(4);
        if (room < 0 && !facts.isEmpty()) { // a long name: fewer facts rather than overlap
            int keep = Math.max(0, facts.size() - (int) Math.ceil(-room / lead));
            facts = facts.subList(0, keep);
            blockH = Math.max(facts.size() * lead, qrSide + caption);
            room = bottom - blockH - y - d.size(4);
        }
        int lines = (int) Math.max(0, room / lead);
        LineBreaker.Lines description = d.breaker.fit(texts.description(), iw, body, false, lines);
        if (description.truncated()) {
            d.warnings.add(new BrochureWarning("brochure.warning.descriptionShortened", p.sku()));
        }
        c.lines(description.lines(), ix, y, body, false, Theme.TEXT);
        float blockTop = bottom - blockH;
        c.lines(facts, ix, blockTop, body, false, Theme.MUTED);
        if (link.isPresent()) {
            Blocks.qr(d, c, link.get(), d.words.get("doc.scan.trace"), ix + iw - qrSide, blockTop, qrSide);
        }
    }
}
