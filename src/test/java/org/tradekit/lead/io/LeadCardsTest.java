package org.tradekit.lead.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.card.CardReader;

/** Cards cut from a file and turned into lead drafts; X- values escaped so they come back exactly. */
class LeadCardsTest {
    @Test
    void aFileIsCutIntoItsCardsAndNothingOutsideThemIsDropped() {
        String text = "\uFEFFstray line\r\nBEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nbegin:vcard\nFN:B\n"
                + "BEGIN:VCARD\nFN:C\nEND:VCARD\n\n";
        List<String> cards = VCardChunks.split(text);
        assertThat(cards).hasSize(4);
        assertThat(cards.get(0)).contains("stray line");
        assertThat(cards.get(1)).contains("FN:A").endsWith("END:VCARD\r\n");
        assertThat(cards.get(2)).contains("FN:B").doesNotContain("FN:C"); // no END: kept as it was
        assertThat(cards.get(3)).contains("FN:C");
    }

    @Test
    void aCardGivesTheFormItsFirstValidContactsAndTheRestAsNotes() {
        LeadDraft d = CardLeads.draft(CardReader.read("BEGIN:VCARD\nVERSION:3.0\nFN:Lê Văn Hải\nORG:Nông sản Việt\n"
                + "EMAIL:not-an-email\nEMAIL:hai@nongsan.vn\nEMAIL:hai.le@gmail.com\nTEL:12\nTEL:0903 123 456\n"
                + "URL:https://zalo.me/0903123456\nURL:https://nongsan.vn\nNOTE:Gặp ở quầy B12\n"
                + "ADR:;;1 Lê Lợi;Huế;;;Việt Nam\nEND:VCARD\n"));
        assertThat(d.name()).isEqualTo("Lê Văn Hải");
        assertThat(d.email()).isEqualTo("hai@nongsan.vn");
        assertThat(d.phoneE164()).isEqualTo("+84903123456");
        assertThat(d.phoneRaw()).isEqualTo("0903 123 456");
        assertThat(d.messagingKind()).isEqualTo("zalo");
        assertThat(d.country()).isEqualTo("VN");
        assertThat(d.notes().split("\n")).contains("Gặp ở quầy B12", "not-an-email", "hai.le@gmail.com", "12",
                "https://nongsan.vn", "1 Lê Lợi, Huế, Việt Nam");
        assertThat(d.rawCard()).startsWith("BEGIN:VCARD").contains("Lê Văn Hải");
    }

    @Test
    void xPropertyValuesAreEscapedSoEveryCharacterComesBack() {
        for (String v : List.of("a\\nb", "line 1\r\nline 2\nline 3", "C:\\path\\n", "; , : \\ \\\\", "Đắk Lắk")) {
            String escaped = VcfLeadWriter.escape(v);
            assertThat(escaped).doesNotContain("\n", "\r");
            assertThat(VcfLeadWriter.unescape(escaped)).isEqualTo(v);
        }
    }
}
