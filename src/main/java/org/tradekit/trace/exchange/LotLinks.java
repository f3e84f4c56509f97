package org.tradekit.trace.exchange;

import java.time.Clock;
import java.util.List;

import org.tradekit.coop.CoopProfileService;
import org.tradekit.gs1.Gs1Exception;
import org.tradekit.gs1.ProductLink;
import org.tradekit.store.Database;
import org.tradekit.store.RowMapper;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotRepository;

/**
 * A lot's QR link on the cooperative's traceability domain (a GS1 Digital Link when the product has
 * a GTIN, else the fallback {@code /p/{code}} link, decision 0008), and the way back: text pasted,
 * typed or scanned to the product and lot it names, with a clear reason when it names none (a wrong
 * check digit, another domain, a lot this cooperative does not have). Plain service: the lot screen
 * and the scan box call it off the UI thread.
 */
public final class LotLinks {
    /** What a link names here. */
    public record Resolved(ProductLink link, String productId, String lotId) {
    }

    private final Database db;
    private final LotRepository lots;
    private final CoopProfileService coop;
    private final Clock clock;

    public LotLinks(Database db, LotRepository lots, CoopProfileService coop, Clock clock) {
        this.db = db;
        this.lots = lots;
        this.coop = coop;
        this.clock = clock;
    }

    /**
     * The link of a lot (and of one serialised item of it when {@code serial} is given), with its
     * expiry (17) and best-before (15) dates as query attributes.
     *
     * @throws Gs1Exception   no traceability domain set, a serial with forbidden characters
     * @throws TraceException the lot does not exist
     */
    public ProductLink link(String lotId, String serial) {
        String domain = domain();
        Lot lot = lots.find(lotId).orElseThrow(() -> new TraceException("trace.error.lotMissing", lotId));
        if (lot.productId() == null) {
            throw new TraceException("trace.io.link.externalLot", lot.code());
        }
        String[] p = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT gtin, sku FROM product WHERE id = ?")) {
                List<String[]> rows = RowMapper.list(ps, rs -> new String[] {rs.getString(1), rs.getString(2)}, lot.productId());
                return rows.isEmpty() ? new String[2] : rows.get(0);
            }
        });
        return LotClassIds.link(p[0], p[1], lot.productId(), domain).withLot(lot.code()).withSerial(serial)
                .withExpiry(lot.expiryDate()).withBestBefore(lot.bestBefore());
    }

    /** The URI to print in the lot's QR code. */
    public String uri(String lotId, String serial) {
        return link(lotId, serial).uri();
    }

    /**
     * Reads what a person pasted, typed or scanned (a Digital Link, a fallback link, an element
     * string, scanner data) back to our product and lot.
     *
     * @throws Gs1Exception   not a link or code, a wrong check digit, a link to another domain
     * @throws TraceException no product with that GTIN or code, no lot with that code
     */
    public Resolved resolve(String text) {
        String domain = coop.traceDomain().orElse(null);
        ProductLink link = ProductLink.parse(text, domain, clock);
        String productId = productOf(link);
        if (link.lot() == null) {
            return new Resolved(link, productId, null);
        }
        String lotId = lots.find(productId, link.lot()).map(Lot::id)
                .orElseThrow(() -> new TraceException("trace.io.link.unknownLot", link.lot(), label(link)));
        return new Resolved(link, productId, lotId);
    }

    private String productOf(ProductLink link) {
        String id = db.read(c -> ProductsByLink.in(c).productId(link));
        if (id == null) {
            throw new TraceException("trace.io.link.unknownProduct", label(link));
        }
        return id;
    }

    private static String label(ProductLink link) {
        return link.gtin() != null ? "GTIN " + link.gtin().gtin14() : link.productCode();
    }

    private String domain() {
        return coop.traceDomain().orElseThrow(() -> new Gs1Exception("gs1.link.error.noDomain"));
    }
}
