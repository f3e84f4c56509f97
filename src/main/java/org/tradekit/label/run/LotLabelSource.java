package org.tradekit.label.run;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tradekit.catalog.Ocop;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.gs1.AiElement;
import org.tradekit.gs1.Gs1Dates;
import org.tradekit.gs1.Gtin;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.print.codes.LinearSymbol;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotRepository;

/**
 * Reads a lot, its product and the cooperative into the content of one layout's label in one
 * language: dates, numbers and money in that language's formats, OCOP stars only while the
 * recognition holds, the code the layout needs (the lot's Digital Link for a traceability label,
 * the GTIN's EAN-13/UPC-A, a GS1-128 element string for a carton).
 */
public final class LotLabelSource {
    /** AI (37) carries at most eight digits. */
    static final int MAX_PER_CARTON = 99_999_999;

    private final LotRepository lots;
    private final ProductRepository products;
    private final CoopProfileService coop;
    private final Clock clock;

    public LotLabelSource(LotRepository lots, ProductRepository products, CoopProfileService coop, Clock clock) {
        this.lots = lots;
        this.products = products;
        this.coop = coop;
        this.clock = clock;
    }

    /**
     * The content of {@code lotId}'s label in {@code design}'s layout and {@code lang} ("vi" or "en").
     *
     * @param qr the QR code's content for a traceability label (the lot's link); unused by the other layouts
     */
    public LabelContent content(String lotId, String lang, LabelDesign design, String qr) {
        LabelLayout layout = design.layout();
        List<String> fields = layout.fields(design.fields());
        Messages m = Messages.of(lang);
        Formats f = new Formats(m.locale());
        Lot lot = lots.find(lotId).orElseThrow(() -> new LabelRunException("label.run.error.unknownLot", lotId));
        Product p = lot.productId() == null ? null : products.find(lot.productId()).orElse(null);
        if (p == null) {
            throw new LabelRunException("label.run.error.noProduct", lot.code());
        }
        Optional<CoopProfile> c = coop.load();
        String name = p.name(lang);
        LabelCode code = switch (layout) {
            case TRACE -> new LabelCode.Qr(qr);
            case PRICE -> fields.contains("barcode") ? priceBarcode(p) : null;
            case RETAIL -> new LabelCode.Linear(retail(gtin(p, layout), name));
            case CARTON -> new LabelCode.Linear(LinearSymbol.gs1128(carton(p, lot, design.perCarton())));
        };
        List<LabelText> texts = new ArrayList<>();
        for (String field : fields) {
            text(field, m, f, lot, p, c, design).ifPresent(texts::add);
        }
        return new LabelContent(name, texts, code, layout == LabelLayout.TRACE ? lot.code() : null, design.logo());
    }

    private Optional<LabelText> text(String field, Messages m, Formats f, Lot lot, Product p, Optional<CoopProfile> c,
            LabelDesign design) {
        String t = switch (field) {
            case "lot" -> m.get("label.run.field.lot", lot.code());
            case "produced" -> lot.productionDate() == null ? null : m.get("label.run.field.produced", f.date(lot.productionDate()));
            case "expiry" -> lot.expiryDate() != null ? m.get("label.run.field.expiry", f.date(lot.expiryDate()))
                    : lot.bestBefore() != null ? m.get("label.run.field.bestBefore", f.date(lot.bestBefore())) : null;
            case "net" -> net(p, m, f);
            case "coop" -> c.flatMap(cp -> coopLine(cp, m)).orElse(null);
            case "ocop" -> ocop(p, m);
            case "sku" -> m.get("label.layout.field.sku", p.text(ProductField.SKU));
            case "gtin" -> m.get("label.layout.field.gtin", gtin(p, design.layout()).gtin14());
            case "count" -> m.get("label.layout.field.count", perCarton(design.perCarton()));
            case "price" -> price(p, c.map(CoopProfile::currency).orElse(CoopProfile.VND), f);
            default -> null; // "barcode" is the code, not a line
        };
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of("price".equals(field) ? new LabelText(field, t, true, 1.5) : LabelText.plain(field, t));
    }

    private static String net(Product p, Messages m, Formats f) {
        Object net = p.get(ProductField.NET_QUANTITY);
        if (net == null) {
            return null;
        }
        String unit = p.text(ProductField.UNIT) == null ? "" : p.text(ProductField.UNIT);
        return m.get("label.run.field.net", f.number(new BigDecimal(net.toString()).doubleValue()), unit).strip();
    }

    private String ocop(Product p, Messages m) {
        Ocop.State ocop = p.ocopState(LocalDate.now(clock));
        return ocop == Ocop.State.VALID || ocop == Ocop.State.EXPIRING ? m.get("label.run.field.ocop", p.ocopStars()) : null;
    }

    /** The price in the cooperative's currency: whole đồng for VND, dollars and cents for USD. */
    private static String price(Product p, String currency, Formats f) {
        boolean usd = CoopProfile.USD.equals(currency);
        Long v = p.whole(usd ? ProductField.EXPORT_PRICE_USD : ProductField.PRICE_VND);
        if (v == null) {
            throw new LabelRunException("label.layout.error.noPrice", p.text(ProductField.SKU), currency);
        }
        return usd ? f.usdCents(v) : f.vnd(v);
    }

    /** A price tag's barcode: the GTIN's EAN-13 when the product has a GTIN that EAN-13 carries, else none. */
    private static LabelCode priceBarcode(Product p) {
        String g = p.text(ProductField.GTIN);
        if (g == null || !Gtin.isValid(g)) {
            return null;
        }
        Gtin gtin = Gtin.parse(g);
        int n = gtin.digits().length();
        return n == 12 || n == 13 ? new LabelCode.Linear(LinearSymbol.ean13(gtin)) : null;
    }

    private static Gtin gtin(Product p, LabelLayout layout) {
        String g = p.text(ProductField.GTIN);
        if (g == null || !Gtin.isValid(g)) {
            throw new LabelRunException("label.layout.error.noGtin", p.text(ProductField.SKU), layout.id());
        }
        return Gtin.parse(g);
    }

    /** EAN-13 for a GTIN-13, UPC-A for a GTIN-12; GTIN-8 and GTIN-14 are not retail symbols here. */
    private static LinearSymbol retail(Gtin g, String name) {
        return switch (g.digits().length()) {
            case 13 -> LinearSymbol.ean13(g);
            case 12 -> LinearSymbol.upcA(g);
            default -> throw new LabelRunException("label.layout.error.retailGtin", g.digits(), name, g.digits().length());
        };
    }

    /**
     * (02) the GTIN of the units inside, (17) expiry, (10) lot, (37) how many: the two fixed-length
     * AIs first so only one FNC1 separator is needed. AI 02, not 01: GS1 pairs a count (37) with the
     * contained items' GTIN (02) and forbids it with (01), which names the carton itself.
     */
    private List<AiElement> carton(Product p, Lot lot, Integer perCarton) {
        List<AiElement> e = new ArrayList<>();
        e.add(new AiElement("02", gtin(p, LabelLayout.CARTON).gtin14()));
        LocalDate expiry = lot.expiryDate() != null ? lot.expiryDate() : lot.bestBefore();
        if (expiry != null) {
            e.add(new AiElement(lot.expiryDate() != null ? "17" : "15", Gs1Dates.format(expiry, LocalDate.now(clock).getYear())));
        }
        e.add(new AiElement("10", lot.code()));
        e.add(new AiElement("37", String.valueOf(perCarton(perCarton))));
        return e;
    }

    private static int perCarton(Integer n) {
        if (n == null || n < 1 || n > MAX_PER_CARTON) {
            throw new LabelRunException("label.layout.error.perCarton", n == null ? "" : n.toString(), MAX_PER_CARTON);
        }
        return n;
    }

    private static Optional<String> coopLine(CoopProfile c, Messages m) {
        boolean en = "en".equals(m.locale().getLanguage());
        String name = en && c.nameEn() != null ? c.nameEn() : c.nameVi() != null ? c.nameVi() : c.nameEn();
        if (name == null && c.province() == null) {
            return Optional.empty();
        }
        if (name == null || c.province() == null) {
            return Optional.of(name == null ? c.province() : name);
        }
        return Optional.of(m.get("label.run.field.coop", name, c.province()));
    }
}
