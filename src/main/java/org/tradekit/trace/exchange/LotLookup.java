package org.tradekit.trace.exchange;

import java.util.List;

import org.tradekit.trace.TraceException;
import org.tradekit.trace.lot.LotRepository;
import org.tradekit.trace.lot.LotRow;

/**
 * Finds the lot a person pasted, typed or scanned: a bare lot code first ("12345" is a lot here,
 * not a GTIN), otherwise a GS1 Digital Link, Trade Kit's fallback link or barcode data, read by
 * {@link LotLinks#resolve}. A link must point to the cooperative's domain; one that breaks GS1's
 * rules (a wrong check digit...) or names no known lot is refused in words.
 */
public final class LotLookup {
    private final LotRepository lots;
    private final LotLinks links;

    public LotLookup(LotRepository lots, LotLinks links) {
        this.lots = lots;
        this.links = links;
    }

    /**
     * @return the lots it names, at least one (a bare code may name lots of several products)
     * @throws org.tradekit.gs1.Gs1Exception when the text is a link or code that breaks GS1's rules or points elsewhere
     * @throws TraceException                when it names no known product or lot
     */
    public List<LotRow> find(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.isEmpty()) {
            List<LotRow> byCode = lots.withCode(s);
            if (!byCode.isEmpty()) {
                return byCode;
            }
        }
        LotLinks.Resolved found = links.resolve(s);
        if (found.lotId() == null) {
            throw new TraceException("trace.ui.scan.noLot");
        }
        return lots.row(found.lotId()).map(List::of)
                .orElseThrow(() -> new TraceException("trace.io.link.unknownLot", found.link().lot(), found.productId()));
    }
}
