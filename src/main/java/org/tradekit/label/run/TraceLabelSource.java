package org.tradekit.label.run;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tradekit.catalog.Ocop;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotRepository;

/** Reads a lot, its product and the cooperative into the words of a traceability label in one language. */
public final class TraceLabelSource {
    private final LotRepository lots;
    private final ProductRepository products;
    private final CoopProfileService coop;
    private final Clock clock;

    public TraceLabelSource(LotRepository lots, ProductRepository products, CoopProfileService coop, Clock clock) {
        this.lots = lots;
        this.products = products;
        this.coop = coop;
        this.clock = clock;
    }

    /** The label of a lot in {@code lang} ("vi" or "en"); dates and numbers in that language's formats. */
    public TraceLabel label(String lotId, String lang) {
        Messages m = Messages.of(lang);
        Formats f = new Formats(m.locale());
        Lot lot = lots.find(lotId).orElseThrow(() -> new LabelRunException("label.run.error.unknownLot", lotId));
        Product p = lot.productId() == null ? null : products.find(lot.productId()).orElse(null);
        if (p == null) {
            throw new LabelRunException("label.run.error.noProduct", lot.code());
        }
        List<String> lines = new ArrayList<>();
        lines.add(m.get("label.run.field.lot", lot.code()));
        if (lot.productionDate() != null) {
            lines.add(m.get("label.run.field.produced", f.date(lot.productionDate())));
        }
        if (lot.expiryDate() != null) {
            lines.add(m.get("label.run.field.expiry", f.date(lot.expiryDate())));
        } else if (lot.bestBefore() != null) {
            lines.add(m.get("label.run.field.bestBefore", f.date(lot.bestBefore())));
        }
        Object net = p.get(ProductField.NET_QUANTITY);
        if (net != null) {
            String unit = p.text(ProductField.UNIT) == null ? "" : p.text(ProductField.UNIT);
            lines.add(m.get("label.run.field.net", f.number(new BigDecimal(net.toString()).doubleValue()), unit).strip());
        }
        coop.load().ifPresent(c -> coopLine(c, lang, m).ifPresent(lines::add));
        LocalDate today = LocalDate.now(clock);
        Ocop.State ocop = p.ocopState(today);
        if (ocop == Ocop.State.VALID || ocop == Ocop.State.EXPIRING) { // stars only while the recognition holds
            lines.add(m.get("label.run.field.ocop", p.ocopStars()));
        }
        return new TraceLabel(lot.id(), p.name(lang), lines, lot.code());
    }

    private static java.util.Optional<String> coopLine(CoopProfile c, String lang, Messages m) {
        String name = "en".equals(lang) && c.nameEn() != null ? c.nameEn() : c.nameVi() != null ? c.nameVi() : c.nameEn();
        if (name == null && c.province() == null) {
            return java.util.Optional.empty();
        }
        if (name == null || c.province() == null) {
            return java.util.Optional.of(name == null ? c.province() : name);
        }
        return java.util.Optional.of(m.get("label.run.field.coop", name, c.province()));
    }
}
