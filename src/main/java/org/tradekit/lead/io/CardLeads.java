package org.tradekit.lead.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.card.CardData;
import org.tradekit.lead.card.CardPhone;
import org.tradekit.lead.card.CardProblem;
import org.tradekit.lead.card.HandleKind;
import org.tradekit.lead.card.MessagingHandle;

/**
 * What a read business card gives the lead form: the first valid email and phone, the first handle
 * of a messaging app leads know, and everything else the card said (more addresses, numbers,
 * websites, the postal address, its note) as lines of the lead's notes. The raw payload is kept.
 */
public final class CardLeads {
    private CardLeads() {
    }

    public static LeadDraft draft(CardData card) {
        LeadDraft d = new LeadDraft().name(card.displayName()).company(card.organisation()).jobTitle(card.jobTitle())
                .country(card.country()).rawCard(card.rawPayload());
        List<String> notes = new ArrayList<>();
        if (card.note() != null) {
            notes.add(card.note());
        }
        List<String> badEmails = card.problems().stream().filter(p -> p.key().equals("lead.card.problem.emailInvalid"))
                .map(CardProblem::args).map(a -> String.valueOf(a.get(0))).toList();
        for (String email : card.emails()) {
            if (d.email() == null && !badEmails.contains(email)) {
                d.email(email);
            } else {
                notes.add(email);
            }
        }
        CardPhone first = card.phones().stream().filter(CardPhone::valid).findFirst()
                .orElse(card.phones().isEmpty() ? null : card.phones().get(0));
        if (first != null) {
            d.phone(first.e164(), first.raw());
        }
        card.phones().stream().filter(p -> p != first).forEach(p -> notes.add(p.raw()));
        for (MessagingHandle h : card.handles()) {
            if (d.messagingKind() == null && h.kind() != HandleKind.OTHER) {
                d.messaging(h.kind().name().toLowerCase(Locale.ROOT), h.value());
            } else {
                notes.add(h.value());
            }
        }
        notes.addAll(card.websites());
        if (card.address() != null) {
            notes.add(card.address());
        }
        return d.notes(notes.isEmpty() ? null : String.join("\n", notes));
    }
}
