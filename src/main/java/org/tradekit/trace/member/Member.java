package org.tradekit.trace.member;

/**
 * A member household of the cooperative: who grows or gathers what the cooperative sells.
 * {@code certifications} is free text as the member's papers say it ("VietGAP VG-123 to 2027").
 *
 * @param id null until saved
 */
public record Member(String id, String code, String name, String commune, String province, String phone,
        String certifications, String notes) {

    public static Member named(String name, String commune) {
        return new Member(null, null, name, commune, null, null, null, null);
    }

    public Member withId(String newId) {
        return new Member(newId, code, name, commune, province, phone, certifications, notes);
    }

    public Member withCertifications(String text) {
        return new Member(id, code, name, commune, province, phone, text, notes);
    }
}
