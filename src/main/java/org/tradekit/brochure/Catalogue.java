package org.tradekit.brochure;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Ocop;
import org.tradekit.catalog.Product;
import org.tradekit.work.Work;

/**
 * The catalogue: a cover (logo, cooperative, hero photo, fair), an introduction (region,
 * certifications, OCOP products), the products in a grid of 1, 2 or 4 per page, each with photo,
 * name, short description, key facts and a QR code, and a back page with the contact and a vCard QR.
 */
final class Catalogue {
    private Catalogue() {
    }

    static void pages(BrochureDocument d, BrochureRequest request, List<Product> products, Work work) throws IOException {
        GridLayout grid = request.layout();
        float gap = d.size(10);
        float areaTop = d.paper.margin() + Blocks.bandHeight(d) + gap;
        float cellW = (d.contentWidth() - gap * (grid.columns() - 1)) / grid.columns();
        float cellH = (d.bottom() - areaTop - gap * (grid.rows() - 1)) / grid.rows();
        float[] box = ProductCell.photoBox(d, grid, cellW, cellH);
        for (Product p : products) {
            d.photos.prefetch(Blocks.mainPhoto(p), box[0], box[1]);
        }
        cover(d, request, products);
        intro(d, products);
        Canvas c = null;
        try {
            for (int i = 0; i < products.size(); i++) {
                work.cancel().check();
                int slot = i % grid.perPage();
                if (slot == 0) {
                    if (c != null) {
                        c.close();
                    }
                    c = d.newPage();
                    Blocks.band(d, c, d.words.get("doc.products.heading"), d.paper.margin());
                }
                int col = slot % grid.columns();
                int row = slot / grid.columns();
                Product p = products.get(i);
                d.bookmark(ProductTexts.of(p, d.words).title(), c.page());
                ProductCell.draw(d, c, p, grid, d.left() + col * (cellW + gap), areaTop + row * (cellH + gap), cellW, cellH);
                work.report(i + 1, products.size(), "brochure.progress.product", i + 1, products.size());
            }
        } finally {
            if (c != null) {
                c.close();
            }
        }
        back(d);
    }

    private static void cover(BrochureDocument d, BrochureRequest request, List<Product> products) throws IOException {
        try (Canvas c = d.newPage()) {
            d.noFooterOnLastPage();
            d.bookmark(d.words.get("doc.catalogue.title"), c.page());
            float x = d.left();
            float w = d.contentWidth();
            float top = d.paper.margin();
            float logoH = d.size(64);
            if (d.coop.logoSha256() != null) {
                d.photos.draw(c, d.coop.logoSha256(), "logo", null, x, top, w * 0.35f, logoH);
            }
            top += logoH + d.size(12);
            float titleSize = d.size(d.theme.titleSize());
            List<String> name = d.breaker.fit(d.coopName(), w - d.size(32), titleSize, true, 3).lines();
            float bandH = name.size() * Canvas.leading(titleSize) + d.size(56);
            c.fill(d.theme.accent(), x, top, w, bandH);
            c.lines(name, x + d.size(16), top + d.size(16), titleSize, true, Color.WHITE);
            c.text(d.face.printable(d.words.get("doc.catalogue.title")), x + d.size(16),
                    top + d.size(22) + name.size() * Canvas.leading(titleSize), d.size(14), false, Color.WHITE);
            top += bandH + d.size(16);
            float fairH = request.fairName() == null && request.fairDate() == null ? 0 : d.size(40);
            float heroH = d.bottom() - top - fairH - d.size(12);
            boolean hero = false;
            for (Product p : products) { // the first product whose photo can be shown
                String sha = Blocks.mainPhoto(p);
                if (sha != null && d.photos.draw(c, sha, p.sku(), null, x, top, w, heroH)) {
                    hero = true;
                    break;
                }
            }
            if (!hero) { // no photo at all: a calm panel rather than a hole
                c.fill(d.theme.tint(), x, top, w, heroH);
            }
            if (fairH > 0) {
                float y = d.bottom() - fairH;
                c.fill(d.theme.tint(), x, y, w, fairH);
                String fair = request.fairName() == null ? "" : request.fairName();
                String date = request.fairDate() == null ? "" : d.formats.date(request.fairDate());
                String line = fair.isEmpty() ? date : date.isEmpty() ? fair : fair + " · " + date;
                List<String> l = d.breaker.fit(line, w - d.size(24), d.size(14), true, 1).lines();
                c.lines(l, x + d.size(12), y + (fairH - d.size(14)) / 2 - d.size(2), d.size(14), true, d.theme.accent());
            }
        }
    }

    private static void intro(BrochureDocument d, List<Product> products) throws IOException {
        try (Canvas c = d.newPage()) {
            d.bookmark(d.words.get("doc.intro.heading"), c.page());
            float x = d.left();
            float w = d.contentWidth();
            float top = Blocks.band(d, c, d.words.get("doc.intro.heading"), d.paper.margin()) + d.size(16);
            float body = d.size(d.theme.bodySize() * 1.15f);
            String province = d.coop.province();
            if (!d.coopName().isEmpty()) { // no profile yet: no sentence about a nameless cooperative
                String lead = province == null
                        ? d.words.get("doc.intro.leadNoRegion", d.coopName(), products.size())
                        : d.words.get("doc.intro.lead", d.coopName(), province, products.size());
                top += c.lines(d.breaker.wrap(lead, w, body, false), x, top, body, false, Theme.TEXT) + d.size(14);
            }
            String story = d.story();
            if (story != null) { // at most what fits above the bottom margin; a cut story ends in "…" and is reported
                int room = (int) ((d.bottom() - top) / Canvas.leading(body));
                LineBreaker.Lines l = d.breaker.fit(story, w, body, false, room);
                if (l.truncated()) {
                    d.warnings.add(new BrochureWarning("brochure.warning.storyShortened"));
                }
                top += c.lines(l.lines(), x, top, body, false, Theme.TEXT) + d.size(14);
            }
            if (province != null) {
                top = section(d, c, "doc.intro.region", List.of(province), top);
            }
            Map<String, Integer> schemes = new LinkedHashMap<>();
            List<String> ocop = new ArrayList<>();
            for (Product p : products) {
                for (Certification cert : ProductFacts.valid(p, d.today)) {
                    schemes.merge(cert.scheme(), 1, Integer::sum);
                }
                Ocop.State s = p.ocopState(d.today);
                if (s == Ocop.State.VALID || s == Ocop.State.EXPIRING) {
                    ocop.add(ProductTexts.of(p, d.words).name() + " – " + d.words.get("doc.ocop.starsOnly", p.ocopStars()));
                }
            }
            if (!schemes.isEmpty()) {
                List<String> lines = new ArrayList<>();
                schemes.forEach((scheme, n) -> lines.add(scheme + " (" + d.formats.integer(n) + ")"));
                top = section(d, c, "doc.intro.certifications", List.of(String.join(", ", lines)), top);
            }
            if (!ocop.isEmpty()) { // one flowing paragraph: a long list ends in an ellipsis, never mid-air
                section(d, c, "doc.intro.ocop", List.of(String.join(" · ", ocop)), top);
            }
        }
    }

    /**
     * A heading with its lines; the heading is drawn only with at least its first line under it (no
     * orphan heading), and lines that do not fit end in an ellipsis.
     */
    private static float section(BrochureDocument d, Canvas c, String headingKey, List<String> items, float top)
            throws IOException {
        float hs = d.size(d.theme.headingSize());
        float body = d.size(d.theme.bodySize());
        float lead = Canvas.leading(body);
        if (top + Canvas.leading(hs) + lead > d.bottom()) {
            return top;
        }
        top += c.lines(List.of(d.face.printable(d.words.get(headingKey))), d.left(), top, hs, true, d.theme.accent());
        c.rule(d.theme.accent(), d.left(), top + 1, d.size(40), 1.2f);
        top += d.size(6);
        for (String item : items) {
            int room = (int) ((d.bottom() - top) / lead);
            if (room <= 0) {
                break;
            }
            top += c.lines(d.breaker.fit(item, d.contentWidth(), body, false, room).lines(), d.left(), top, body, false,
                    Theme.TEXT);
        }
        return top + d.size(14);
    }

    private static void back(BrochureDocument d) throws IOException {
        try (Canvas c = d.newPage()) {
            d.bookmark(d.words.get("doc.contact.heading"), c.page());
            float top = Blocks.band(d, c, d.words.get("doc.contact.heading"), d.paper.margin()) + d.size(24);
            float side = d.size(120);
            float w = d.contentWidth() - side - d.size(24);
            Blocks.contact(d, c, d.left(), top, w, d.size(d.theme.bodySize() * 1.2f));
            String website = d.coop.website();
            String link = website != null ? website : d.coop.email() != null ? "mailto:" + d.coop.email() : null;
            Blocks.qr(d, c, ContactCard.vcard(d.coop, d.coopName()), link, d.words.get("doc.contact.scan"),
                    d.left() + d.contentWidth() - side, top, side);
        }
    }
}
