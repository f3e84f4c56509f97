package org.tradekit.lead;

/** Where a lead is in the follow-up pipeline after the fair. */
public enum LeadStatus {
    NEW, CONTACTED, SAMPLES_SENT, NEGOTIATING, WON, LOST;

    static String check(String value) {
        return Codes.check(values(), value, "lead.error.status");
    }
}
