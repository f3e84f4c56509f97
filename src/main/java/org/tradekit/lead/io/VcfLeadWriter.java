package org.tradekit.lead.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.RawProperty;
import ezvcard.property.Uid;

import org.tradekit.lead.LeadDraft;

/**
 * Leads as vCard 4.0 (ez-vcard), one card per lead: FN, ORG, TITLE, EMAIL, TEL, ADR (country),
 * LANG, NOTE, X-SOCIALPROFILE (the messaging app as TYPE) and CATEGORIES (fair, rating, buyer
 * type, status) for any address book; every other column as {@code X-TRADEKIT-...} so that an
 * import on another device gets the whole lead back.
 */
final class VcfLeadWriter implements LeadWriter {
    /** Columns with a vCard property of their own. */
    private static final Set<LeadColumn> STANDARD = EnumSet.of(LeadColumn.ID, LeadColumn.NAME, LeadColumn.COMPANY,
            LeadColumn.JOB_TITLE, LeadColumn.EMAIL, LeadColumn.PHONE, LeadColumn.COUNTRY, LeadColumn.LANGUAGE,
            LeadColumn.NOTES, LeadColumn.MESSAGING_APP, LeadColumn.MESSAGING_HANDLE);

    private final VCardWriter writer;

    VcfLeadWriter(OutputStream out) {
        writer = new VCardWriter(out, VCardVersion.V4_0);
        writer.setAddProdId(false);
    }

    @Override
    public void write(LeadRecord r) throws IOException {
        writer.write(card(r));
    }

    static VCard card(LeadRecord r) {
        LeadDraft f = r.lead().fields();
        VCard card = new VCard();
        card.setUid(new Uid("urn:uuid:" + r.lead().id()));
        if (f.name() != null) {
            card.setFormattedName(f.name());
        }
        if (f.company() != null) {
            card.setOrganization(f.company());
        }
        if (f.jobTitle() != null) {
            card.addTitle(f.jobTitle());
        }
        if (f.email() != null) {
            card.addEmail(f.email());
        }
        String phone = LeadColumn.PHONE.text(r);
        if (!phone.isEmpty()) {
            card.addTelephoneNumber(phone);
        }
        if (f.country() != null) {
            Address a = new Address();
            a.setCountry(f.country());
            card.addAddress(a);
        }
        if (f.lang() != null) {
            card.addLanguage(f.lang());
        }
        if (f.notes() != null) {
            card.addNote(f.notes());
        }
        if (f.messagingHandle() != null) {
            RawProperty p = card.addExtendedProperty("X-SOCIALPROFILE", f.messagingHandle());
            if (f.messagingKind() != null) {
                p.getParameters().setType(f.messagingKind());
            }
        }
        Categories categories = new Categories();
        Stream.of(r.fairName(), f.rating(), f.buyerType(), f.status()).filter(Objects::nonNull)
                .forEach(categories.getValues()::add);
        if (!categories.getValues().isEmpty()) {
            card.addCategories(categories);
        }
        for (LeadColumn c : LeadColumn.values()) {
            String v = c.text(r);
            if (!STANDARD.contains(c) && !v.isEmpty()) {
                card.addExtendedProperty(c.vcardProperty(), escape(v));
            }
        }
        return card;
    }

    /**
     * vCard text escaping (RFC 6350 3.4) for the X- properties, which ez-vcard writes raw: without it
     * a backslash followed by "n" in a note would come back as a line break.
     */
    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"); // \r too: a card's CRLF is kept exactly
    }

    static String unescape(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\\' && i + 1 < v.length()) {
                char next = v.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
