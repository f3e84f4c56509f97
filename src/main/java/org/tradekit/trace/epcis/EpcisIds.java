package org.tradekit.trace.epcis;

import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.PercentEncoding;
import org.tradekit.gs1.ProductLink;

/**
 * Identifiers EPCIS events use for lots and places. With a GS1 company prefix length the EPC URNs
 * ({@code urn:epc:class:lgtin:...}, {@code urn:epc:id:sgln:...}); without one, GS1 Digital Link URIs
 * on GS1's canonical domain, which EPCIS 2.0 accepts as well and which need no prefix length; for a
 * product without a GTIN, or a place without a GLN, links on the cooperative's own domain.
 */
public final class EpcisIds {
    /** GS1's canonical Digital Link stem: the form EPCIS compares identifiers in. */
    public static final String CANONICAL = "https://id.gs1.org";

    private EpcisIds() {
    }

    /** {@code urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot} (EPC Tag Data Standard). */
    public static String lgtin(Gtin gtin, int companyPrefixLength, String lot) {
        String g = gtin.gtin14();
        checkPrefixLength(companyPrefixLength);
        String companyPrefix = g.substring(1, 1 + companyPrefixLength);
        String indicatorItemRef = g.charAt(0) + g.substring(1 + companyPrefixLength, 13);
        return "urn:epc:class:lgtin:" + companyPrefix + "." + indicatorItemRef + "." + epcEscape(lot);
    }

    /** {@code urn:epc:id:sgln:CompanyPrefix.LocationReference.Extension}; extension "0" when there is none. */
    public static String sgln(String gln13, int companyPrefixLength, String extension) {
        if (gln13 == null || !gln13.matches("\\d{13}") || Gtin.checkDigit(gln13.substring(0, 12)) != gln13.charAt(12) - '0') {
            throw new IllegalArgumentException("not a GLN: " + gln13);
        }
        checkPrefixLength(companyPrefixLength);
        String ext = extension == null || extension.isEmpty() ? "0" : epcEscape(extension);
        return "urn:epc:id:sgln:" + gln13.substring(0, companyPrefixLength) + "."
                + gln13.substring(companyPrefixLength, 12) + "." + ext;
    }

    /**
     * The class-level id of a lot as a Digital Link: canonical {@code https://id.gs1.org/01/{GTIN}/10/{lot}}
     * when the product has a GTIN, else the cooperative's fallback link (no dates: they are not identity).
     */
    public static String lotClass(ProductLink link) {
        // the link's parts were checked when it was made; building the string directly keeps
        // exports fast (this runs for every quantity of every event)
        if (link.lot() == null) {
            throw new IllegalArgumentException("a lot class needs a lot: " + link);
        }
        String lot = "/10/" + PercentEncoding.escape(link.lot(), false);
        if (link.gtin() != null) {
            return CANONICAL + "/01/" + link.gtin().gtin14() + lot;
        }
        return "https://" + link.domain() + "/" + ProductLink.FALLBACK_SEGMENT + "/" + link.productCode() + lot;
    }

    /** A place with a GLN as a Digital Link: {@code https://id.gs1.org/414/{GLN}}. */
    public static String glnLink(String gln13) {
        if (gln13 == null || !gln13.matches("\\d{13}") || Gtin.checkDigit(gln13.substring(0, 12)) != gln13.charAt(12) - '0') {
            throw new IllegalArgumentException("not a GLN: " + gln13);
        }
        return CANONICAL + "/414/" + gln13;
    }

    /** A place without a GLN (a member's farm, a drying house): {@code https://{domain}/l/{code}}. */
    public static String localPlace(String domain, String code) {
        return "https://" + domain + "/l/" + PercentEncoding.escape(code, false);
    }

    /** A party (a member, a buyer) without a GLN: {@code https://{domain}/party/{code}}. */
    public static String localParty(String domain, String code) {
        return "https://" + domain + "/party/" + PercentEncoding.escape(code, false);
    }

    private static void checkPrefixLength(int n) {
        if (n < 6 || n > 12) {
            throw new IllegalArgumentException("a GS1 company prefix has 6 to 12 digits: " + n);
        }
    }

    /** EPC URIs escape these CSET 82 characters (TDS 1.13, 7.1). */
    static String epcEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("%22");
                case '%' -> sb.append("%25");
                case '&' -> sb.append("%26");
                case '/' -> sb.append("%2F");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                case '?' -> sb.append("%3F");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
