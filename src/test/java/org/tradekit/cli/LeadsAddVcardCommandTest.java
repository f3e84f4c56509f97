package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadFilter;

/** {@code tradekit leads add-vcard}, run as a user types it, read back from the store. */
class LeadsAddVcardCommandTest {
    @TempDir
    Path dir;

    @Test
    void savesEachCardOfAFileAndAHostileOneDoesNotStopTheOthers() throws IOException {
        Path data = LeadFiles.dataDir(dir);
        String hostile = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ph=E1=BA=A1m Minh\r\n"
                + "EMAIL:minh@example.vn\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:" + "/9j/4AAQSkZJRgABAQ".repeat(20_000)
                + "\r\nNOTE:" + "x".repeat(100_000) + "\r\nEND:VCARD\r\n";
        Path vcf = Files.writeString(dir.resolve("cards.vcf"), LeadFiles.VCARDS + hostile);
        CliRun run = CliRun.en("--data-dir", data.toString(), "leads", "add-vcard", vcf.toString(),
                "--consent", "I agree that HTX Tân Lập keeps my card to follow up.", "--staff", "Mai");
        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.REFUSED);
        assertThat(run.out()).contains("Card 1: saved Nguyễn Thị Lan (HTX Tân Lập).",
                "Card 2: saved Anna Schmidt (Kaffee Import GmbH).",
                "Card 3: not saved: Nothing identifies this visitor",
                "Card 4: saved Kim Min-jun.", "Card 5: saved Phạm Minh.", "5 card(s): 4 saved, 1 not saved.",
                "The text of the cards not saved is kept in");
        Path kept = Files.list(data.resolve("leads-unsaved")).findFirst().orElseThrow();
        assertThat(Files.readString(kept)).contains("nothing here but junk").doesNotContain("Anna");

        try (AppContext app = TestContexts.open(data)) {
            List<Lead> leads = app.leadRepository().filter(LeadFilter.ALL, 10);
            assertThat(leads).hasSize(4);
            Lead minh = leads.stream().filter(l -> "minh@example.vn".equals(l.fields().email())).findFirst().orElseThrow();
            assertThat(minh.fields().name()).isEqualTo("Phạm Minh");
            assertThat(minh.fields().rawCard()).contains("PHOTO;ENCODING=BASE64").hasSizeGreaterThan(450_000);
            Lead lan = leads.stream().filter(l -> "lan@tanlap.vn".equals(l.fields().email())).findFirst().orElseThrow();
            assertThat(lan.fields().phoneE164()).isEqualTo("+84912345678");
            assertThat(lan.fields().phoneRaw()).isEqualTo("0912 345 678");
            assertThat(lan.fields().country()).isEqualTo("VN");
            assertThat(lan.fields().staff()).isEqualTo("Mai");
            assertThat(lan.fields().fairId()).isEqualTo(app.fairs().current().orElseThrow().id());
            assertThat(lan.fields().rawCard()).startsWith("BEGIN:VCARD").contains("FN:Nguyễn Thị Lan")
                    .doesNotContain("Anna");
            Lead kim = leads.stream().filter(l -> "Kim Min-jun".equals(l.fields().name())).findFirst().orElseThrow();
            assertThat(kim.fields().messagingKind()).isEqualTo("kakaotalk");
        }
    }

    @Test
    void readsCardsFromStandardInputIntoANamedFairAndFlagsDuplicates() {
        Path data = LeadFiles.dataDir(dir);
        String first = LeadFiles.VCARDS.substring(0, LeadFiles.VCARDS.indexOf("END:VCARD") + 10);
        CliRun once = stdin(first, "--data-dir", data.toString(), "leads", "add-vcard", "-", "--consent", "OK",
                "--fair", "sial paris 2026");
        assertThat(once.exit()).as(once.err()).isZero();
        CliRun again = stdin(first.replace("lan@tanlap.vn", "LAN@tanlap.vn"), "--data-dir", data.toString(), "leads",
                "add-vcard", "-", "--consent", "OK", "--fair", "SIAL Paris 2026");
        assertThat(again.out()).contains("Card 1: saved Nguyễn Thị Lan (HTX Tân Lập).",
                "possible duplicate of Nguyễn Thị Lan (HTX Tân Lập)", "same email, name and company, phone");
        try (AppContext app = TestContexts.open(data)) {
            String sial = app.fairs().all().stream().filter(f -> f.name().startsWith("SIAL")).findFirst().orElseThrow().id();
            assertThat(app.leadRepository().filter(LeadFilter.ALL.fair(sial), 10)).hasSize(2);
        }
    }

    @Test
    void withoutConsentNothingIsSavedAndAnUnknownFairListsTheFairs() throws IOException {
        Path data = LeadFiles.dataDir(dir);
        Path vcf = Files.writeString(dir.resolve("cards.vcf"), LeadFiles.VCARDS);
        CliRun none = CliRun.en("--data-dir", data.toString(), "leads", "add-vcard", vcf.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("Nothing was saved", "--consent TEXT");
        CliRun vi = CliRun.in("vi", "--data-dir", data.toString(), "leads", "add-vcard", vcf.toString());
        assertThat(vi.err()).contains("Không lưu gì cả");

        CliRun unknown = CliRun.en("--data-dir", data.toString(), "leads", "add-vcard", vcf.toString(), "--consent",
                "OK", "--fair", "Gulfood");
        assertThat(unknown.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(unknown.err()).contains("There is no fair named “Gulfood”. Fairs: Vietnam Foodexpo 2026, SIAL Paris 2026.");
        try (AppContext app = TestContexts.open(data)) {
            assertThat(app.leadRepository().count()).isZero();
        }
    }

    private static CliRun stdin(String text, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.en(args);
        } finally {
            System.setIn(before);
        }
    }
}
