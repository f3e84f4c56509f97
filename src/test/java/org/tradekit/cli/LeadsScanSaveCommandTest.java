package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.card.QrPictures;

/** {@code tradekit leads scan IMAGE --save --consent TEXT}: what was read is saved, only with consent. */
class LeadsScanSaveCommandTest {
    private static final String CARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Trần Văn Hùng\nORG:Cà phê Phố Cổ\n"
            + "EMAIL:hung@phoco.vn\nTEL:0903 123 456\nEND:VCARD\n";

    @TempDir
    Path dir;

    @Test
    void savesWhatWasReadWithItsRawPayloadUnderTheConsent() throws IOException {
        Path data = LeadFiles.dataDir(dir);
        Path card = card();
        CliRun run = CliRun.en("--data-dir", data.toString(), "leads", "scan", card.toString(), "--save", "--consent",
                "Đồng ý liên hệ lại.", "--consent-version", "3", "--staff", "Tuấn", "--fair", "SIAL Paris 2026");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Name: Trần Văn Hùng", "Card 1: saved Trần Văn Hùng (Cà phê Phố Cổ).");
        try (AppContext app = TestContexts.open(data)) {
            Lead lead = app.leadRepository().filter(LeadFilter.ALL, 5).get(0);
            assertThat(lead.fields().rawCard()).isEqualTo(CARD);
            assertThat(lead.fields().phoneE164()).isEqualTo("+84903123456");
            assertThat(lead.fields().staff()).isEqualTo("Tuấn");
            assertThat(app.fairs().find(lead.fields().fairId()).orElseThrow().name()).isEqualTo("SIAL Paris 2026");
            String consent = app.database().read(c -> org.tradekit.store.Select.on(c).list(
                    "SELECT text || '|' || text_version || '|' || staff FROM lead_consent WHERE lead_id = ?",
                    rs -> rs.getString(1), lead.id()).get(0));
            assertThat(consent).isEqualTo("Đồng ý liên hệ lại.|3|Tuấn");
        }
    }

    @Test
    void saveWithoutConsentPrintsWhatWasReadAndSavesNothing() throws IOException {
        Path data = LeadFiles.dataDir(dir);
        CliRun run = CliRun.en("--data-dir", data.toString(), "leads", "scan", card().toString(), "--save");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("Name: Trần Văn Hùng");
        assertThat(run.err()).contains("Nothing was saved", "--consent TEXT");
        try (AppContext app = TestContexts.open(data)) {
            assertThat(app.leadRepository().count()).isZero();
        }
    }

    private Path card() throws IOException {
        Path card = dir.resolve("card.png");
        ImageIO.write(QrPictures.qr(CARD, 400), "png", card.toFile());
        return card;
    }
}
