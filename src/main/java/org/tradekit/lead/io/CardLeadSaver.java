package org.tradekit.lead.io;

import java.util.List;

import org.tradekit.lead.Consent;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadException;
import org.tradekit.lead.LeadService;
import org.tradekit.lead.PossibleDuplicate;
import org.tradekit.lead.card.CardData;

/**
 * Saves what a card said as a lead, as the capture screen would: possible duplicates are looked
 * up first (and reported, not refused), the card's raw text goes with the lead. A card the store
 * refuses (nothing identifying the person...) comes back with the reason; nothing was written.
 */
public final class CardLeadSaver {
    /** What became of one card: saved (with its possible duplicates) or refused (with why). */
    public record Outcome(CardData card, Lead saved, List<PossibleDuplicate> duplicates, LeadException refused) {
        public boolean isSaved() {
            return saved != null;
        }
    }

    private final LeadService leads;

    public CardLeadSaver(LeadService leads) {
        this.leads = leads;
    }

    /** {@code fairId} null: the device's current fair. */
    public Outcome save(CardData card, String fairId, String staff, Consent consent) {
        LeadDraft draft = CardLeads.draft(card).fairId(fairId).staff(staff);
        try {
            List<PossibleDuplicate> duplicates = leads.possibleDuplicates(draft);
            return new Outcome(card, leads.save(draft, consent), duplicates, null);
        } catch (LeadException e) {
            return new Outcome(card, null, List.of(), e);
        }
    }
}
