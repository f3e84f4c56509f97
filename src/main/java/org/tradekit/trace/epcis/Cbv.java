package org.tradekit.trace.epcis;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CBV 2.0 vocabularies EPCIS 2.0 JSON names by bare terms, and the rule for everything else:
 * a value outside the CBV must be an absolute URI that is not in the CBV's own namespaces (a
 * declared extension). Full CBV URIs of a term are read as the bare term.
 */
public final class Cbv {
    public static final Set<String> SOURCE_DEST_TYPES = Set.of("owning_party", "possessing_party", "location");
    public static final Set<String> BIZ_TRANSACTION_TYPES = Set.of("bol", "cert", "desadv", "inv", "pedigree", "po",
            "poc", "prodorder", "recadv", "rma", "testprd", "testres", "upevt");
    public static final Set<String> ERROR_REASONS = Set.of("did_not_occur", "incorrect_data");
    private static final Pattern CBV_NAMESPACE = Pattern.compile("^(urn:epcglobal:cbv|https?://ns\\.gs1\\.org/cbv/).*");
    private static final Pattern UOM = Pattern.compile("[A-Z0-9]{2,3}");

    private Cbv() {
    }

    public static boolean isBizStep(String v) {
        return BizStep.ofTerm(v).isPresent() || isExtensionUri(v);
    }

    public static boolean isDisposition(String v) {
        return Disposition.ofTerm(v).isPresent() || isExtensionUri(v);
    }

    public static boolean isSourceDestType(String v) {
        return SOURCE_DEST_TYPES.contains(v) || isExtensionUri(v);
    }

    public static boolean isBizTransactionType(String v) {
        return BIZ_TRANSACTION_TYPES.contains(v) || isExtensionUri(v);
    }

    public static boolean isErrorReason(String v) {
        return ERROR_REASONS.contains(v) || isExtensionUri(v);
    }

    /** A UN/CEFACT Rec 20 unit code such as KGM, LTR, H87 (the schema checks the form, not the list). */
    public static boolean isUom(String v) {
        return v != null && UOM.matcher(v).matches();
    }

    /** An absolute URI outside the CBV namespaces: how EPCIS admits values the CBV lacks. */
    public static boolean isExtensionUri(String v) {
        return isAbsoluteUri(v) && !CBV_NAMESPACE.matcher(v).matches();
    }

    public static boolean isAbsoluteUri(String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        try {
            return new URI(v).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The bare term for the long forms other systems write ({@code https://ref.gs1.org/cbv/BizStep-receiving},
     * {@code urn:epcglobal:cbv:bizstep:receiving}), else the value unchanged.
     */
    public static String shortTerm(String v) {
        if (v == null) {
            return null;
        }
        int dash = v.indexOf('-');
        if ((v.startsWith("https://ref.gs1.org/cbv/") || v.startsWith("https://gs1.org/voc/")) && dash > 0) {
            return v.substring(dash + 1);
        }
        if (v.startsWith("urn:epcglobal:cbv:")) {
            return v.substring(v.lastIndexOf(':') + 1);
        }
        return v;
    }
}
