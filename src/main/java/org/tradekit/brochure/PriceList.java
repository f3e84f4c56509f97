package org.tradekit.brochure;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.work.Work;

/**
 * The price list: a table of code, product, quantity and retail / wholesale / export prices, over as
 * many pages as it needs, the header row repeated at the top of each, a row never split across pages.
 */
final class PriceList {
    /** Column widths as parts of the content width: code, product, quantity, three prices. */
    private static final float[] COLUMNS = {0.12f, 0.31f, 0.15f, 0.14f, 0.14f, 0.14f};
    private static final String[] HEADERS = {"doc.price.code", "doc.price.product", "doc.price.quantity",
        "doc.price.retail", "doc.price.wholesale", "doc.price.export"};

    private PriceList() {
    }

    static void pages(BrochureDocument d, BrochureRequest request, List<Product> products, Work work) throws IOException {
        Money money = new Money(d.formats, request.currency(), request.usdRate());
        float size = d.size(d.theme.bodySize() * 0.9f);
        float pad = size * 0.4f;
        Canvas c = d.newPage();
        try {
            d.bookmark(d.words.get("doc.pricelist.title"), c.page());
            float top = Blocks.band(d, c, d.words.get("doc.pricelist.title"), d.paper.margin()) + d.size(8);
            String validity = request.validUntil() == null ? ""
                    : d.words.get("doc.price.validUntil", d.formats.date(request.validUntil())) + "   ";
            String currency = d.words.get("doc.price.currency", request.currency()
                    + (request.usdRate() > 0 ? " (1 USD = " + d.formats.vnd(request.usdRate()) + ")" : ""));
            top += c.lines(d.breaker.wrap(validity + currency, d.contentWidth(), size, true), d.left(), top, size, true,
                    Theme.TEXT) + d.size(6);
            top = header(d, c, top, size, pad);
            boolean shade = false;
            for (int i = 0; i < products.size(); i++) {
                work.cancel().check();
                Product p = products.get(i);
                String[] cells = cells(d, p, money);
                List<List<String>> lines = new java.util.ArrayList<>();
                float rowH = 0;
                for (int col = 0; col < cells.length; col++) {
                    LineBreaker.Lines l = d.breaker.fit(cells[col], width(d, col) - 2 * pad, size, false, 3);
                    if (l.truncated()) {
                        d.warnings.add(new BrochureWarning("brochure.warning.nameShortened", p.sku()));
                    }
                    lines.add(l.lines());
                    rowH = Math.max(rowH, l.lines().size() * Canvas.leading(size) + 2 * pad);
                }
                if (top + rowH > d.bottom()) {
                    c.close();
                    c = d.newPage();
                    top = header(d, c, d.paper.margin(), size, pad);
                    shade = false;
                }
                if (shade) {
                    c.fill(d.theme.tint(), d.left(), top, d.contentWidth(), rowH);
                }
                shade = !shade;
                float x = d.left();
                for (int col = 0; col < cells.length; col++) {
                    if (col >= 3) { // amounts align right, so digits line up
                        for (int k = 0; k < lines.get(col).size(); k++) {
                            c.textRight(lines.get(col).get(k), x + width(d, col) - pad, top + pad + k * Canvas.leading(size),
                                    size, false, Theme.TEXT);
                        }
                    } else {
                        c.lines(lines.get(col), x + pad, top + pad, size, false, Theme.TEXT);
                    }
                    x += width(d, col);
                }
                top += rowH;
                work.report(i + 1, products.size(), "brochure.progress.product", i + 1, products.size());
            }
        } finally {
            c.close();
        }
    }

    private static String[] cells(BrochureDocument d, Product p, Money money) {
        ProductTexts texts = ProductTexts.of(p, d.words);
        String none = d.words.get("doc.price.none");
        Object qty = p.get(ProductField.NET_QUANTITY);
        String unit = p.text(ProductField.UNIT);
        String quantity = qty instanceof Number n ? d.formats.number(n.doubleValue()) + (unit == null ? "" : " " + unit) : "";
        String packaging = p.text(ProductField.PACKAGING);
        if (packaging != null) {
            quantity = quantity.isEmpty() ? packaging : quantity + "\n" + packaging;
        }
        return new String[] {p.sku(), texts.title(), quantity.isEmpty() ? none : quantity,
            orNone(money.vnd(p.whole(ProductField.PRICE_VND)), none),
            orNone(money.vnd(p.whole(ProductField.WHOLESALE_PRICE_VND)), none),
            orNone(money.usdCents(p.whole(ProductField.EXPORT_PRICE_USD)), none)};
    }

    private static String orNone(String s, String none) {
        return s == null ? none : s;
    }

    private static float width(BrochureDocument d, int col) {
        return COLUMNS[col] * d.contentWidth();
    }

    /** The header row; returns its bottom. Header words wrap (Vietnamese ones are long) rather than overlap. */
    private static float header(BrochureDocument d, Canvas c, float top, float size, float pad) throws IOException {
        float h = 0;
        for (int col = 0; col < HEADERS.length; col++) {
            h = Math.max(h, d.breaker.wrap(d.words.get(HEADERS[col]), width(d, col) - 2 * pad, size, true).size());
        }
        float rowH = h * Canvas.leading(size) + 2 * pad;
        c.fill(d.theme.accent(), d.left(), top, d.contentWidth(), rowH);
        float x = d.left();
        for (int col = 0; col < HEADERS.length; col++) {
            List<String> words = d.breaker.wrap(d.words.get(HEADERS[col]), width(d, col) - 2 * pad, size, true);
            if (col >= 3) {
                for (int k = 0; k < words.size(); k++) {
                    c.textRight(words.get(k), x + width(d, col) - pad, top + pad + k * Canvas.leading(size), size, true,
                            Color.WHITE);
                }
            } else {
                c.lines(words, x + pad, top + pad, size, true, Color.WHITE);
            }
            x += width(d, col);
        }
        return top + rowH;
    }
}
