package org.tradekit.lead.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.client.result.AddressBookParsedResult;
import com.google.zxing.client.result.EmailAddressParsedResult;
import com.google.zxing.client.result.ParsedResult;
import com.google.zxing.client.result.ResultParser;
import com.google.zxing.client.result.TelParsedResult;
import com.google.zxing.client.result.URIParsedResult;

/**
 * MECARD, mailto:, tel: and links through ZXing's own result parsers: the same code phone scanner
 * apps use, so a card that scans there reads the same here. vCards go to ez-vcard instead.
 */
final class ZxingCards {
    private ZxingCards() {
    }

    static CardData read(String raw, String text) {
        ParsedResult parsed = ResultParser.parseResult(new Result(text, null, null, BarcodeFormat.QR_CODE));
        if (parsed instanceof AddressBookParsedResult a) {
            return addressBook(raw, a);
        }
        if (parsed instanceof EmailAddressParsedResult e) {
            CardBuilder b = new CardBuilder(raw, CardFormat.MAILTO);
            for (String to : e.getTos() == null ? new String[0] : e.getTos()) {
                b.email(to);
            }
            b.note(e.getBody());
            return b.build();
        }
        if (parsed instanceof TelParsedResult t) {
            return new CardBuilder(raw, CardFormat.TEL).phone(t.getNumber()).build();
        }
        if (parsed instanceof URIParsedResult u) {
            return new CardBuilder(raw, CardFormat.URL).website(u.getURI()).build();
        }
        return TextCards.read(raw, text, null);
    }

    private static CardData addressBook(String raw, AddressBookParsedResult a) {
        CardBuilder b = new CardBuilder(raw, CardFormat.MECARD);
        b.formattedName(first(a.getNames()));
        b.organisation(a.getOrg());
        b.jobTitle(a.getTitle());
        each(a.getEmails(), b::email);
        each(a.getPhoneNumbers(), b::phone);
        each(a.getURLs(), b::website);
        String address = first(a.getAddresses());
        b.address(address, address == null ? null : lastPart(address));
        b.note(a.getNote());
        if (!b.hasName()) {
            b.problem("lead.card.problem.noName");
        }
        return b.build();
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static void each(String[] values, java.util.function.Consumer<String> sink) {
        if (values != null) {
            for (String v : values) {
                sink.accept(v);
            }
        }
    }

    /** MECARD's ADR is one line: the country, when there, is its last comma-separated part. */
    private static String lastPart(String address) {
        int comma = address.lastIndexOf(',');
        return comma < 0 ? null : address.substring(comma + 1);
    }
}
