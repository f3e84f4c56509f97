package org.tradekit.lead;

/** The list's filters after the fair; a null criterion does not filter. Codes as stored ("hot", "won"). */
public record LeadFilter(String fairId, String productId, String country, String rating, String status, String staff) {
    public static final LeadFilter ALL = new LeadFilter(null, null, null, null, null, null);

    public LeadFilter fair(String v) { return new LeadFilter(v, productId, country, rating, status, staff); }
    public LeadFilter product(String v) { return new LeadFilter(fairId, v, country, rating, status, staff); }
    public LeadFilter inCountry(String v) { return new LeadFilter(fairId, productId, v, rating, status, staff); }
    public LeadFilter rated(String v) { return new LeadFilter(fairId, productId, country, v, status, staff); }
    public LeadFilter inStatus(String v) { return new LeadFilter(fairId, productId, country, rating, v, staff); }
    public LeadFilter by(String v) { return new LeadFilter(fairId, productId, country, rating, status, v); }
}
