package org.tradekit.lead.card;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.ParseWarning;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;

/**
 * vCard 2.1 / 3.0 / 4.0 through ez-vcard, which already knows folded lines, QUOTED-PRINTABLE,
 * CHARSET parameters and the exporters' quirks. PHOTO, LOGO and SOUND are never looked at.
 */
final class VCardCards {
    private VCardCards() {
    }

    static CardData read(String raw, String text) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<VCard> cards = Ezvcard.parse(text).warnings(warnings).all();
        if (cards.isEmpty()) {
            return TextCards.read(raw, text, "lead.card.problem.vcardUnreadable");
        }
        VCard card = cards.get(0);
        CardBuilder b = new CardBuilder(raw, format(card.getVersion()));
        if (card.getFormattedName() != null) {
            b.formattedName(card.getFormattedName().getValue());
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            b.givenName(n.getGiven()).familyName(n.getFamily());
        }
        if (card.getOrganization() != null) {
            b.organisation(String.join(", ", card.getOrganization().getValues()));
        }
        card.getTitles().stream().map(Title::getValue).findFirst().ifPresent(b::jobTitle);
        card.getEmails().stream().map(Email::getValue).forEach(b::email);
        for (Telephone t : card.getTelephoneNumbers()) {
            b.phone(t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber());
        }
        card.getUrls().stream().map(Url::getValue).forEach(b::website);
        for (Impp impp : card.getImpps()) {
            handle(b, impp.getProtocol(), impp.getHandle() != null ? impp.getHandle()
                    : impp.getUri() == null ? null : impp.getUri().toString());
        }
        for (RawProperty p : card.getExtendedProperties()) {
            String type = p.getParameters().getType();
            if (p.getPropertyName().equalsIgnoreCase("X-SOCIALPROFILE")) {
                handle(b, type, p.getParameter("X-USER") != null ? p.getParameter("X-USER") : p.getValue());
            } else if (Handles.kindOfName(p.getPropertyName()) != null) {
                b.handle(Handles.kindOfName(p.getPropertyName()), p.getValue());
            }
        }
        if (!card.getAddresses().isEmpty()) {
            Address a = card.getAddresses().get(0);
            String joined = Stream.of(a.getPoBox(), a.getExtendedAddress(), a.getStreetAddress(), a.getLocality(),
                            a.getRegion(), a.getPostalCode(), a.getCountry())
                    .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
            b.address(joined, a.getCountry());
        }
        String notes = card.getNotes().stream().map(Note::getValue).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        b.note(notes.isEmpty() ? null : notes);
        if (cards.size() > 1) {
            b.problem("lead.card.problem.severalCards", cards.size());
        }
        if (!warnings.isEmpty() && !warnings.get(0).isEmpty()) {
            b.problem("lead.card.problem.vcardWarnings", warnings.get(0).size());
        }
        if (!b.hasName()) {
            b.problem("lead.card.problem.noName");
        }
        return b.build();
    }

    /** An IMPP or social profile: a known messaging app by its protocol, else by its link, else "other". */
    private static void handle(CardBuilder b, String protocol, String value) {
        if (value == null) {
            return;
        }
        HandleKind kind = Handles.kindOfName(protocol);
        if (kind == null) {
            kind = Handles.kindOfLink(value);
        }
        b.handle(kind == null ? HandleKind.OTHER : kind, value);
    }

    private static CardFormat format(VCardVersion v) {
        if (v == VCardVersion.V2_1) {
            return CardFormat.VCARD_2_1;
        }
        return v == VCardVersion.V4_0 ? CardFormat.VCARD_4 : CardFormat.VCARD_3;
    }
}
