package org.tradekit.lead;

/**
 * A saved lead: its id, when and on which device it was captured, and its fields (codes in their
 * stored form: "hot", "samples_sent").
 */
public record Lead(String id, String capturedAt, String deviceId, LeadDraft fields) {
}
