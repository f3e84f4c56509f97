package org.tradekit.brochure;

import java.io.IOException;

import org.tradekit.catalog.Product;

/**
 * One product on one page for importers: photo, name, description, every export-relevant fact, a QR
 * to the product's traceability page and the cooperative's contact. What does not fit is shortened
 * with an ellipsis and a warning; the page never overflows onto a second one.
 */
final class SpecSheet {
    private SpecSheet() {
    }

    static void page(BrochureDocument d, Product p) throws IOException {
        ProductTexts texts = ProductTexts.of(p, d.words);
        try (Canvas c = d.newPage()) {
            d.bookmark(texts.title(), c.page());
            float x = d.left();
            float w = d.contentWidth();
            float top = Blocks.band(d, c, d.words.get("doc.spec.title"), d.paper.margin());
            top += d.size(12);
            float nameSize = d.size(d.theme.headingSize() * 1.25f);
            LineBreaker.Lines name = d.breaker.fit(texts.title(), w, nameSize, true, 3);
            if (name.truncated()) {
                d.warnings.add(new BrochureWarning("brochure.warning.nameShortened", p.sku()));
            }
            top += c.lines(name.lines(), x, top, nameSize, true, d.theme.accent()) + d.size(8);

            float photoW = w * 0.48f;
            float photoH = w * 0.40f;
            d.photos.draw(c, Blocks.mainPhoto(p), p.sku(), d.face.printable(d.words.get("doc.photo.none")), x, top,
                    photoW, photoH);
            float gap = d.size(14);
            float body = d.size(d.theme.bodySize());
            int maxLines = (int) (photoH / Canvas.leading(body));
            LineBreaker.Lines description = d.breaker.fit(texts.description(), w - photoW - gap, body, false, maxLines);
            if (description.truncated()) {
                d.warnings.add(new BrochureWarning("brochure.warning.descriptionShortened", p.sku()));
            }
            c.lines(description.lines(), x + photoW + gap, top, body, false, Theme.TEXT);
            top += photoH + d.size(14);

            float qrSide = d.size(78);
            float bottomBlock = qrSide + d.size(20);
            float factsBottom = d.bottom() - bottomBlock - d.size(10);
            Blocks.facts(d, c, d.facts.all(p), x, top, w, factsBottom, body * 0.95f, p.sku());

            float blockTop = d.bottom() - bottomBlock;
            c.rule(d.theme.accent(), x, blockTop - d.size(6), w, 0.8f);
            Blocks.contact(d, c, x, blockTop, w - qrSide - gap, body * 0.9f);
            var link = d.links.of(p);
            if (link.isPresent()) {
                Blocks.qr(d, c, link.get(), d.words.get("doc.scan.trace"), x + w - qrSide, blockTop, qrSide);
            }
        }
    }
}
