package org.tradekit.lead.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tradekit.i18n.Messages;

/** Payloads as business-card and badge QR codes carry them, good and hostile. */
class CardReaderTest {

    @Test
    void vietnameseVCard3WithMessagingHandlesAndCountry() {
        String vcf = """
                BEGIN:VCARD
                VERSION:3.0
                N:Nguyễn;Thị Lan;;;
                FN:Nguyễn Thị Lan
                ORG:HTX Nông nghiệp Tân Lập
                TITLE:Giám đốc
                EMAIL;TYPE=work:lan@tanlap.vn
                TEL;TYPE=cell:0912 345 678
                TEL;TYPE=work:+49 30 901820
                URL:https://tanlap.vn
                URL:https://zalo.me/0912345678
                IMPP:weixin://lan_tanlap
                X-SOCIALPROFILE;TYPE=whatsapp:https://wa.me/84912345678
                X-KAKAOTALK:lan.kakao
                ADR;TYPE=work:;;12 Lê Lợi;Đà Lạt;Lâm Đồng;;Việt Nam
                NOTE:Gặp ở gian hàng\\, hỏi về cà phê
                PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD
                END:VCARD
                """;
        CardData c = CardReader.read(vcf);
        assertThat(c.format()).isEqualTo(CardFormat.VCARD_3);
        assertThat(c.formattedName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(c.givenName()).isEqualTo("Thị Lan");
        assertThat(c.familyName()).isEqualTo("Nguyễn");
        assertThat(c.organisation()).isEqualTo("HTX Nông nghiệp Tân Lập");
        assertThat(c.jobTitle()).isEqualTo("Giám đốc");
        assertThat(c.emails()).containsExactly("lan@tanlap.vn");
        assertThat(c.phones()).extracting(CardPhone::raw, CardPhone::e164, CardPhone::valid).containsExactly(
                tuple("0912 345 678", "+84912345678", true), tuple("+49 30 901820", "+4930901820", true));
        assertThat(c.websites()).containsExactly("https://tanlap.vn");
        assertThat(c.handles()).extracting(MessagingHandle::kind).containsExactlyInAnyOrder(
                HandleKind.ZALO, HandleKind.WECHAT, HandleKind.WHATSAPP, HandleKind.KAKAOTALK);
        assertThat(c.country()).isEqualTo("VN");
        assertThat(c.address()).contains("Đà Lạt");
        assertThat(c.note()).isEqualTo("Gặp ở gian hàng, hỏi về cà phê");
        assertThat(c.problems()).isEmpty();
        assertThat(c.rawPayload()).isEqualTo(vcf);
    }

    @Test
    void vCard21QuotedPrintableWithCharsetAndFoldedLines() {
        String vcf = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Tr=E1=BA=A7n;V=C4=83n =C4=90=E1=BB=A9c\r\n"
                + "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Tr=E1=BA=A7n V=C4=83n =\r\n=C4=90=E1=BB=A9c\r\n"
                + "ORG:Saigon\r\n Coffee Export\r\n"
                + "TEL;CELL:+84 28 3822 1234\r\nEND:VCARD\r\n";
        CardData c = CardReader.read(vcf);
        assertThat(c.format()).isEqualTo(CardFormat.VCARD_2_1);
        assertThat(c.formattedName()).isEqualTo("Trần Văn Đức");
        assertThat(c.familyName()).isEqualTo("Trần");
        assertThat(c.organisation()).isEqualTo("SaigonCoffee Export");
        assertThat(c.phones().get(0).e164()).isEqualTo("+842838221234");
    }

    @Test
    void vCard4WithTelAndMailtoUris() {
        CardData c = CardReader.read("""
                BEGIN:VCARD
                VERSION:4.0
                FN:Kim Min-jun
                EMAIL:kim@seoulfoods.kr
                TEL;VALUE=uri:tel:+82-2-312-3456
                IMPP:line:kimmj
                ADR:;;;Seoul;;;KR
                END:VCARD
                """);
        assertThat(c.format()).isEqualTo(CardFormat.VCARD_4);
        assertThat(c.phones().get(0).e164()).isEqualTo("+8223123456");
        assertThat(c.handles()).containsExactly(new MessagingHandle(HandleKind.LINE, "kimmj"));
        assertThat(c.country()).isEqualTo("KR");
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void mecardThroughZxingsParser() {
        CardData c = CardReader.read("MECARD:N:Tanaka,Hiro;ORG:Osaka Trading;TEL:+81 6 6345 6789;EMAIL:hiro@osaka-trading.jp;"
                + "URL:https://osaka-trading.jp;ADR:1-2-3 Umeda, Osaka, Japan;NOTE:Wants green coffee;;");
        assertThat(c.format()).isEqualTo(CardFormat.MECARD);
        assertThat(c.formattedName()).isEqualTo("Hiro Tanaka");
        assertThat(c.organisation()).isEqualTo("Osaka Trading");
        assertThat(c.emails()).containsExactly("hiro@osaka-trading.jp");
        assertThat(c.phones().get(0).e164()).isEqualTo("+81663456789");
        assertThat(c.websites()).containsExactly("https://osaka-trading.jp");
        assertThat(c.country()).isEqualTo("JP");
        assertThat(c.note()).isEqualTo("Wants green coffee");
    }

    @Test
    void mailtoAndTel() {
        CardData mail = CardReader.read("mailto:buyer@example.de?subject=Fair");
        assertThat(mail.format()).isEqualTo(CardFormat.MAILTO);
        assertThat(mail.emails()).containsExactly("buyer@example.de");

        CardData tel = CardReader.read("tel:0903123456");
        assertThat(tel.format()).isEqualTo(CardFormat.TEL);
        assertThat(tel.phones()).containsExactly(new CardPhone("0903123456", "+84903123456", true));
    }

    @Test
    void urlAndMessagingLink() {
        assertThat(CardReader.read("https://example.com/about").format()).isEqualTo(CardFormat.URL);
        CardData zalo = CardReader.read("https://zalo.me/0903123456");
        assertThat(zalo.handles()).containsExactly(new MessagingHandle(HandleKind.ZALO, "https://zalo.me/0903123456"));
        assertThat(zalo.websites()).isEmpty();
    }

    @Test
    void plainTextBadgeYieldsEmailsAndPhones() {
        String badge = "VISITOR 0421\nMaria Schmidt\nFrischeImport GmbH\nmaria.schmidt@frische.de\nTel +49 40 3003 9911";
        CardData c = CardReader.read(badge);
        assertThat(c.format()).isEqualTo(CardFormat.TEXT);
        assertThat(c.emails()).containsExactly("maria.schmidt@frische.de");
        assertThat(c.phones()).extracting(CardPhone::e164).containsExactly("+494030039911");
        assertThat(c.note()).isEqualTo(badge);
        assertThat(c.problems()).extracting(CardProblem::key).contains("lead.card.problem.plainText");
    }

    @Test
    void invalidEmailAndPhoneAreKeptAndSaidInBothLanguages() {
        CardData c = CardReader.read("BEGIN:VCARD\nVERSION:3.0\nFN:A B\nEMAIL:not-an-email\nTEL:12\nEND:VCARD\n");
        assertThat(c.emails()).containsExactly("not-an-email");
        assertThat(c.phones()).containsExactly(new CardPhone("12", null, false));
        assertThat(c.problems()).extracting(CardProblem::key)
                .containsExactly("lead.card.problem.emailInvalid", "lead.card.problem.phoneInvalid");
        assertThat(c.problems().get(1).message(Messages.of("vi"))).isEqualTo("“12” không phải số điện thoại hợp lệ; vẫn được giữ nguyên như đã ghi.");
        assertThat(c.problems().get(1).message(Messages.of("en"))).contains("not a valid phone number");
    }

    @Test
    void hugeFieldsAreCutAndSaidButTheRawTextIsKept() {
        String longName = "X".repeat(100_000);
        String vcf = "BEGIN:VCARD\nVERSION:3.0\nFN:" + longName + "\nNOTE:" + "n".repeat(10_000) + "\nEND:VCARD\n";
        CardData c = CardReader.read(vcf);
        assertThat(c.formattedName()).hasSize(CardBuilder.MAX_FIELD);
        assertThat(c.note()).hasSize(CardBuilder.MAX_FIELD);
        assertThat(c.rawPayload()).isEqualTo(vcf);
        assertThat(c.problems()).extracting(CardProblem::key).contains("lead.card.problem.trimmed");
        assertThat(c.problems().get(0).message(Messages.of("en"))).startsWith("Name was longer than 500 characters");
    }

    @Test
    void tooManyEntriesAreCapped() {
        StringBuilder vcf = new StringBuilder("BEGIN:VCARD\nVERSION:3.0\nFN:Spam\n");
        for (int i = 0; i < 1000; i++) {
            vcf.append("EMAIL:a").append(i).append("@spam.com\n");
        }
        CardData c = CardReader.read(vcf.append("END:VCARD\n").toString());
        assertThat(c.emails()).hasSize(CardBuilder.MAX_ITEMS);
        assertThat(c.problems()).extracting(CardProblem::key).containsExactly("lead.card.problem.tooMany");
    }

    @Test
    void binaryPhotoDataAndGarbageNeverThrow() {
        Random random = new Random(42);
        byte[] junk = new byte[200_000];
        random.nextBytes(junk);
        String binary = new String(junk, Charset.forName("ISO-8859-1"));
        String vcf = "BEGIN:VCARD\nVERSION:2.1\nFN:Photo Man\nPHOTO;ENCODING=BASE64;TYPE=JPEG:" + binary + "\nEND:VCARD";
        CardData c = CardReader.read(vcf);
        assertThat(c.rawPayload()).isEqualTo(vcf);
        assertThat(c.formattedName()).isEqualTo("Photo Man");

        for (String hostile : new String[] {null, "", "   ", "BEGIN:VCARD", "BEGIN:VCARD\nVERSION:9.9\nFN;;;;=:\n",
                "MECARD:", "mailto:", "tel:", "\u0000\u0001\u0002", binary, "BEGIN:VCARD\n" + binary}) {
            CardData h = CardReader.read(hostile);
            assertThat(h.rawPayload()).isEqualTo(hostile == null ? "" : hostile);
            assertThat(h.format()).isNotNull();
        }
        assertThat(CardReader.read("").problems()).extracting(CardProblem::key).containsExactly("lead.card.problem.empty");
    }

    @Test
    void truncatedVCardReadsWhatItHas() {
        CardData c = CardReader.read("BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\nEMAIL:cut@short.com\nTEL:+84 90");
        assertThat(c.formattedName()).isEqualTo("Cut Short");
        assertThat(c.emails()).containsExactly("cut@short.com");
        assertThat(c.rawPayload()).endsWith("TEL:+84 90");
    }

    @Test
    void payloadBeyondTheParseLimitIsKeptWhole() {
        String big = "hello buyer@big.com " + "z".repeat(CardReader.MAX_PARSED + 10);
        CardData c = CardReader.read(big);
        assertThat(c.rawPayload()).hasSize(big.length());
        assertThat(c.emails()).containsExactly("buyer@big.com");
        assertThat(c.problems()).extracting(CardProblem::key).contains("lead.card.problem.tooLong");
    }

    @Test
    void windows1258BytesAreNotLost() {
        // Windows-1258 writes "ễ" as "ê" plus a combining tilde; the reader gives it back composed (NFC)
        byte[] bytes = "BEGIN:VCARD\nVERSION:3.0\nFN:Nguy\u00ea\u0303n V\u0103n A\nEND:VCARD\n".getBytes(Charset.forName("windows-1258"));
        CardData c = CardReader.read(bytes);
        assertThat(c.formattedName()).isEqualTo("Nguyễn Văn A");
    }
}
