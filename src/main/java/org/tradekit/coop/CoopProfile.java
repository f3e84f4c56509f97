package org.tradekit.coop;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tradekit.text.Fold;

/**
 * The cooperative this installation belongs to: names, contact, logo (content hash), GS1 company
 * prefix, the domain its QR links point to, and the currency its prices are quoted in.
 * Blank texts are kept as null; {@code id} is null until first saved.
 */
public record CoopProfile(String id, String nameVi, String nameEn, String address, String province, String phone,
        String email, String website, String logoSha256, String gs1Prefix, String traceDomain, String currency) {
    public static final String VND = "VND";
    public static final String USD = "USD";

    public CoopProfile {
        nameVi = Fold.clean(nameVi);
        nameEn = Fold.clean(nameEn);
        address = Fold.clean(address);
        province = Fold.clean(province);
        phone = Fold.clean(phone);
        email = Fold.clean(email);
        website = Fold.clean(website);
        logoSha256 = Fold.clean(logoSha256);
        gs1Prefix = Fold.clean(gs1Prefix);
        traceDomain = Fold.clean(traceDomain);
        currency = Fold.clean(currency) == null ? VND : Fold.clean(currency);
    }

    public static CoopProfile empty() {
        return new CoopProfile(null, null, null, null, null, null, null, null, null, null, null, VND);
    }

    public CoopProfile withId(String newId) {
        return new CoopProfile(newId, nameVi, nameEn, address, province, phone, email, website, logoSha256, gs1Prefix,
                traceDomain, currency);
    }

    /** The stored columns and their values, in table order. */
    Map<String, Object> columns() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name_vi", nameVi);
        m.put("name_en", nameEn);
        m.put("address", address);
        m.put("province", province);
        m.put("phone", phone);
        m.put("email", email);
        m.put("website", website);
        m.put("logo_sha256", logoSha256);
        m.put("gs1_prefix", gs1Prefix);
        m.put("trace_domain", traceDomain);
        m.put("currency", currency);
        return m;
    }
}
