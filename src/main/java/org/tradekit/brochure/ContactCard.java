package org.tradekit.brochure;

import org.tradekit.coop.CoopProfile;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;

/** The cooperative's contact as a vCard 3.0 (read by every phone's camera), for the catalogue's back page. */
final class ContactCard {
    private ContactCard() {
    }

    static String vcard(CoopProfile p, String name) {
        VCard card = new VCard();
        card.setFormattedName(name);
        card.setOrganization(name);
        if (p.phone() != null) {
            card.addTelephoneNumber(p.phone(), TelephoneType.WORK);
        }
        if (p.email() != null) {
            card.addEmail(p.email());
        }
        if (p.website() != null) {
            card.addUrl(p.website());
        }
        if (p.address() != null || p.province() != null) {
            Address a = new Address();
            a.setStreetAddress(p.address());
            a.setRegion(p.province());
            a.setCountry("Việt Nam");
            card.addAddress(a);
        }
        return Ezvcard.write(card).version(VCardVersion.V3_0).prodId(false).go();
    }
}
