package org.tradekit.lead.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;

import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.card.CardReader;

/**
 * One vCard as the columns of a lead file: what the card reader finds in any address book's card,
 * then, for a card Trade Kit exported, its X-TRADEKIT properties, which carry the rest of the lead
 * exactly (its notes as written, the card as first read, consent, fair...).
 */
final class VcfLeads {
    private VcfLeads() {
    }

    static Map<LeadColumn, String> values(String cardText) {
        LeadDraft d = CardLeads.draft(CardReader.read(cardText));
        Map<LeadColumn, String> v = new EnumMap<>(LeadColumn.class);
        v.put(LeadColumn.NAME, d.name());
        v.put(LeadColumn.COMPANY, d.company());
        v.put(LeadColumn.JOB_TITLE, d.jobTitle());
        v.put(LeadColumn.COUNTRY, d.country());
        v.put(LeadColumn.EMAIL, d.email());
        v.put(LeadColumn.PHONE, d.phoneE164() != null ? d.phoneE164() : d.phoneRaw());
        v.put(LeadColumn.PHONE_AS_WRITTEN, d.phoneRaw());
        v.put(LeadColumn.MESSAGING_APP, d.messagingKind());
        v.put(LeadColumn.MESSAGING_HANDLE, d.messagingHandle());
        v.put(LeadColumn.NOTES, d.notes());
        v.put(LeadColumn.CARD, cardText);
        VCard card = parse(cardText);
        if (card == null) {
            return v;
        }
        boolean ours = false;
        for (LeadColumn c : LeadColumn.values()) {
            RawProperty p = card.getExtendedProperty(c.vcardProperty());
            if (p != null) {
                v.put(c, VcfLeadWriter.unescape(p.getValue()));
                ours = true;
            }
        }
        if (ours) {
            if (card.getExtendedProperty(LeadColumn.CARD.vcardProperty()) == null) {
                v.put(LeadColumn.CARD, null); // our own export, not a visitor's card
            }
            String notes = card.getNotes().stream().map(Note::getValue).collect(Collectors.joining("\n"));
            v.put(LeadColumn.NOTES, notes.isEmpty() ? null : notes);
            List<String> langs = card.getLanguages().stream().map(l -> l.getValue()).toList();
            v.put(LeadColumn.LANGUAGE, langs.isEmpty() ? null : langs.get(0));
        }
        return v;
    }

    private static VCard parse(String text) {
        try {
            return Ezvcard.parse(text).first();
        } catch (RuntimeException e) {
            return null; // the card reader already kept it as text
        }
    }
}
