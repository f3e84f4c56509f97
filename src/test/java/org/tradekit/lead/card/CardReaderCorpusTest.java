package org.tradekit.lead.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradekit.i18n.Messages;

/** Real-world vCard exports (Android, iPhone, Outlook, Gmail, RFC examples...; see vcard-corpus/SOURCE.md). */
class CardReaderCorpusTest {

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(CardReaderCorpusTest.class.getResource("/vcard-corpus").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".vcf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileReadsWithoutExceptionAndKeepsTheRawText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CardData card = CardReader.read(bytes);
        assertThat(card.rawPayload()).isNotBlank();
        assertThat(card.format()).isIn(CardFormat.VCARD_2_1, CardFormat.VCARD_3, CardFormat.VCARD_4);
        Messages en = Messages.of("en");
        card.problems().forEach(p -> assertThat(p.message(en)).doesNotContain("lead.card"));
    }

    @Test
    void corpusHoldsAllThreeVersions() throws Exception {
        List<CardFormat> formats = corpus().map(f -> CardReader.read(bytes(f)).format()).distinct().toList();
        assertThat(formats).contains(CardFormat.VCARD_2_1, CardFormat.VCARD_3, CardFormat.VCARD_4);
        assertThat(corpus().count()).isGreaterThan(50);
    }

    @Test
    void iphoneExport() {
        CardData c = read("ez-vcard/John_Doe_IPHONE.vcf");
        assertThat(c.format()).isEqualTo(CardFormat.VCARD_3);
        assertThat(c.formattedName()).isEqualTo("Mr. John Richter James Doe Sr.");
        assertThat(c.givenName()).isEqualTo("John");
        assertThat(c.familyName()).isEqualTo("Doe");
        assertThat(c.organisation()).isEqualTo("IBM, Accounting");
        assertThat(c.emails()).contains("john.doe@ibm.com");
        assertThat(c.phones()).extracting(CardPhone::raw).contains("905-555-1234", "905-666-1234");
    }

    @Test
    void outlook2007IsVersion21() {
        CardData c = read("ez-vcard/outlook-2007.vcf");
        assertThat(c.format()).isEqualTo(CardFormat.VCARD_2_1);
        assertThat(c.familyName()).isEqualTo("Angstadt");
        assertThat(c.givenName()).isEqualTo("Michael");
        assertThat(c.organisation()).isEqualTo("TheCompany, TheDepartment");
        assertThat(c.phones()).extracting(CardPhone::raw).contains("(111) 555-1111");
    }

    @Test
    void rfc6350ExampleHasATelUriNormalisedToE164() {
        CardData c = read("ez-vcard/rfc6350-example.vcf");
        assertThat(c.format()).isEqualTo(CardFormat.VCARD_4);
        assertThat(c.formattedName()).isEqualTo("Simon Perreault");
        assertThat(c.emails()).containsExactly("simon.perreault@viagenie.ca");
        assertThat(c.phones()).extracting(CardPhone::e164).contains("+14186569254");
        assertThat(c.phones().get(0).valid()).isTrue();
    }

    @Test
    void gmailExport() {
        CardData c = read("ez-vcard/gmail-single.vcf");
        assertThat(c.formattedName()).isEqualTo("Greg Dartmouth");
        assertThat(c.emails()).contains("gdartmouth@hotmail.com");
        assertThat(c.organisation()).isEqualTo("TheCompany");
    }

    @Test
    void severalCardsGiveTheFirstAndSaySo() {
        CardData c = read("ez-vcard/John_Doe_ANDROID.vcf");
        assertThat(c.emails()).containsExactly("john.doe@company.com");
        assertThat(c.problems()).extracting(CardProblem::key).contains("lead.card.problem.severalCards");
        assertThat(c.rawPayload()).contains("jane.doe@company.com");
    }

    @Test
    void quotedPrintableUtf8IsDecoded() {
        CardData c = read("ez-vcard/John_Doe_ANDROID.vcf");
        String raw = c.rawPayload();
        int third = raw.indexOf("BEGIN:VCARD", raw.indexOf("BEGIN:VCARD", raw.indexOf("BEGIN:VCARD") + 1) + 1);
        CardData qp = CardReader.read(raw.substring(third));
        assertThat(qp.formattedName()).isEqualTo("Ñ Ñ Ñ Ñ Ñ");
    }

    @Test
    void androidSimple30() {
        CardData c = read("android-vcard/v30_simple.vcf");
        assertThat(c.formattedName()).isEqualTo("And Roid");
        assertThat(c.phones()).extracting(CardPhone::raw).contains("0300000000");
    }

    private static CardData read(String name) {
        return CardReader.read(bytes(Path.of(name)));
    }

    private static byte[] bytes(Path file) {
        String name = file.isAbsolute() ? null : "/vcard-corpus/" + file.toString().replace('\\', '/');
        try (InputStream in = name == null ? Files.newInputStream(file) : CardReaderCorpusTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
