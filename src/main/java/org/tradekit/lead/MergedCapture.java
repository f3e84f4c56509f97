package org.tradekit.lead;

/**
 * A capture of the same person merged into a kept lead: who captured it (staff, device), at which
 * fair and when, what they noted and what the card said, and when it was merged.
 */
public record MergedCapture(String id, String leadId, String mergedId, String fairId, String staff, String deviceId,
        String capturedAt, String notes, String rawCard, String mergedAt) {
}
