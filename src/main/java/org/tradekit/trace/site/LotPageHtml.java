package org.tradekit.trace.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Ocop;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;

/**
 * One lot's page in one language: a small, self-contained XHTML-compatible document (inline CSS, no
 * script, no external resource) that reads well on a phone. Every value is escaped.
 */
final class LotPageHtml {
    static final String CSS = "body{font-family:system-ui,sans-serif;margin:0;background:#f6f5f0;color:#222;line-height:1.45}"
            + "main{max-width:40rem;margin:auto;padding:1rem}img{max-width:100%;height:auto;border-radius:.5rem}"
            + "h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.1rem;margin:1.2rem 0 .4rem;color:#2e5e3a}"
            + "dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;margin:0}dt{color:#666}dd{margin:0}"
            + "ol{list-style:none;padding:0;margin:0;border-left:3px solid #8fbf8f}"
            + "li{margin:0 0 .8rem;padding-left:.8rem}.d{color:#666;font-size:.9rem}.x{font-size:.8rem;color:#8a5a00}"
            + ".lang{text-align:right}.lang a{color:#2e5e3a}.ok{color:#2e7d32}.ko{color:#b00020}"
            + "footer{font-size:.8rem;color:#666;margin-top:2rem;word-break:break-all}";

    private final SiteTexts t;
    private final CoopProfile coop;
    private final LocalDate today;

    LotPageHtml(SiteTexts texts, CoopProfile coop, LocalDate today) {
        this.t = texts;
        this.coop = coop;
        this.today = today;
    }

    /**
     * @param otherPage the same page in the other language (a file name beside this one)
     * @param assets    the relative way from the page's folder to the site's assets folder
     */
    String render(LotPage p, String otherPage, String assets) {
        boolean vi = t.lang().equals("vi");
        Product product = p.product();
        String name = product.name(t.lang());
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(Html.esc(name)).append(" \u2013 ").append(Html.esc(p.lotCode())).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<p class=\"lang\"><a href=\"").append(otherPage).append("\">").append(Html.esc(t.get("site.otherLanguage")))
                .append("</a></p>\n");
        if (p.photoAsset() != null) {
            h.append("<img src=\"").append(assets).append(Html.esc(p.photoAsset())).append("\" alt=\"").append(Html.esc(name))
                    .append("\" />\n");
        }
        h.append("<h1>").append(Html.esc(name)).append("</h1>\n");
        h.append("<p>").append(Html.esc(t.get("site.lot"))).append(" <strong>").append(Html.esc(p.lotCode()))
                .append("</strong></p>\n");
        producer(h, vi);
        traceInfo(h, p, product);
        origins(h, p);
        journey(h, p);
        certificates(h, product);
        h.append("<footer><p>").append(Html.esc(t.get("site.traceCode"))).append(": ").append(Html.esc(p.link()))
                .append("</p><p>").append(Html.esc(t.get("site.generated", t.date(today)))).append("</p></footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private void producer(StringBuilder h, boolean vi) {
        h.append("<h2>").append(Html.esc(t.get("site.producer"))).append("</h2>\n<dl>\n");
        String coopName = vi || coop.nameEn() == null ? coop.nameVi() : coop.nameEn();
        row(h, "site.producerName", coopName);
        row(h, "site.address", join(coop.address(), coop.province()));
        h.append("</dl>\n");
    }

    /** The fields Circular 02/2024 asks a consumer to see: product, producer (above), time, lot, shelf life, trace code. */
    private void traceInfo(StringBuilder h, LotPage p, Product product) {
        h.append("<h2>").append(Html.esc(t.get("site.productInfo"))).append("</h2>\n<dl>\n");
        row(h, "site.productName", product.name(t.lang()));
        row(h, "site.lotCode", p.lotCode());
        row(h, "site.gtin", p.gtin());
        row(h, "site.productionDate", t.date(p.productionDate()));
        row(h, "site.bestBefore", t.date(p.bestBefore()));
        row(h, "site.expiry", t.date(p.expiry()));
        Long shelfLife = product.whole(ProductField.SHELF_LIFE_DAYS);
        row(h, "site.shelfLife", shelfLife == null ? null : t.get("site.days", shelfLife));
        Object net = product.get(ProductField.NET_QUANTITY);
        if (net != null) {
            String unit = product.text(ProductField.UNIT);
            row(h, "site.netQuantity", new java.math.BigDecimal(net.toString()).stripTrailingZeros().toPlainString()
                    + (unit == null ? "" : " " + unit));
        }
        row(h, "site.ingredients", product.text(t.lang().equals("vi") ? ProductField.INGREDIENTS_VI : ProductField.INGREDIENTS_EN));
        row(h, "site.storage", product.text(t.lang().equals("vi") ? ProductField.STORAGE_VI : ProductField.STORAGE_EN));
        row(h, "site.region", join(product.text(ProductField.COMMUNE), product.text(ProductField.PROVINCE)));
        h.append("</dl>\n");
    }

    private void origins(StringBuilder h, LotPage p) {
        if (p.origins().isEmpty()) {
            return;
        }
        h.append("<h2>").append(Html.esc(t.get("site.origin"))).append("</h2>\n<ul>\n");
        for (LotPage.Origin o : p.origins()) {
            String where = join(o.commune(), o.province());
            String text = o.plot() == null ? where : t.get("site.plotIn", o.plot(), where);
            h.append("<li>").append(Html.esc(text)).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private void journey(StringBuilder h, LotPage p) {
        h.append("<h2>").append(Html.esc(t.get("site.journey"))).append("</h2>\n<ol>\n");
        for (LotPage.Step s : p.journey()) {
            String what = s.step() != null ? t.orCode("site.step." + s.step(), s.step()) : t.orCode("site.kind." + s.kind(), s.kind());
            h.append("<li><div class=\"d\">").append(Html.esc(t.date(s.day()))).append("</div><strong>").append(Html.esc(what))
                    .append("</strong>");
            String lotName = t.lang().equals("vi") || s.lotNameEn() == null ? s.lotNameVi() : s.lotNameEn();
            h.append("<div>").append(Html.esc(join(lotName, s.lotCode() == null ? null : t.get("site.lot") + " " + s.lotCode())))
                    .append("</div>");
            if (s.place() != null && !s.place().isEmpty()) {
                h.append("<div>").append(Html.esc(t.get("site.at", s.place()))).append("</div>");
            }
            if (s.destinationType() != null) {
                h.append("<div>").append(Html.esc(t.orCode("site.party." + s.destinationType(), s.destinationType()))).append("</div>");
            }
            if (s.passed() != null) {
                h.append("<div class=\"").append(s.passed() ? "ok" : "ko").append("\">")
                        .append(Html.esc(t.get(s.passed() ? "site.passed" : "site.failed"))).append("</div>");
            }
            for (String c : s.checks()) {
                h.append("<div>").append(Html.esc(c)).append("</div>");
            }
            if (s.external()) {
                h.append("<div class=\"x\">").append(Html.esc(t.get("site.external"))).append("</div>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n");
    }

    private void certificates(StringBuilder h, Product product) {
        List<String> items = new ArrayList<>();
        Ocop.State ocop = product.ocopState(today);
        if (ocop == Ocop.State.VALID || ocop == Ocop.State.EXPIRING) {
            items.add(t.get("site.ocop", product.ocopStars()));
        }
        for (Certification c : product.certifications()) {
            if (!c.expiredOn(today)) {
                String until = c.expiry() == null ? "" : " (" + t.get("site.validUntil", t.date(c.expiry())) + ")";
                items.add(join(c.scheme(), c.number()) + until);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        h.append("<h2>").append(Html.esc(t.get("site.certificates"))).append("</h2>\n<ul>\n");
        for (String i : items) {
            h.append("<li>").append(Html.esc(i)).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private void row(StringBuilder h, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        h.append("<dt>").append(Html.esc(t.get(labelKey))).append("</dt><dd>").append(Html.esc(value)).append("</dd>\n");
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }
}
