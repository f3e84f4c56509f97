package org.tradekit.lead.card;

/** What kind of text a card or badge held; kept with every reading so the raw payload can be re-read later. */
public enum CardFormat {
    VCARD_2_1, VCARD_3, VCARD_4, MECARD, MAILTO, TEL, URL, TEXT
}
