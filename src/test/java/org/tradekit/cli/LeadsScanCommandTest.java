package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.lead.card.QrPictures;

/** {@code tradekit leads scan IMAGE}, run as a user types it. */
class LeadsScanCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsWhatTheCardSaysOneFieldALine() throws IOException {
        Path card = png("card.png", QrPictures.qr("BEGIN:VCARD\nVERSION:3.0\nFN:Nguyễn Thị Lan\nORG:HTX Tân Lập\n"
                + "EMAIL:lan@tanlap.vn\nTEL:0912 345 678\nTEL:12\nURL:https://zalo.me/0912345678\nEND:VCARD\n", 400));
        CliRun run = CliRun.en("--data-dir", dir.resolve("data").toString(), "leads", "scan", card.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Format: VCARD_3", "Name: Nguyễn Thị Lan", "Company: HTX Tân Lập",
                "Email: lan@tanlap.vn", "Phone: 0912 345 678 → +84912345678", "Phone: 12 (not a valid number)",
                "Messaging: ZALO: https://zalo.me/0912345678", "! “12” is not a valid phone number");
        assertThat(dir.resolve("data")).doesNotExist();

        CliRun vi = CliRun.in("vi", "leads", "scan", card.toString());
        assertThat(vi.out()).contains("Họ tên: Nguyễn Thị Lan", "Điện thoại: 0912 345 678 → +84912345678");
    }

    @Test
    void twoCodesAreNumbered() throws IOException {
        BufferedImage both = QrPictures.canvas(900, 450, Color.WHITE);
        Graphics2D g = both.createGraphics();
        g.drawImage(QrPictures.qr("tel:+84903123456", 400), 20, 25, null);
        g.drawImage(QrPictures.qr("mailto:buyer@example.de", 400), 480, 25, null);
        g.dispose();
        CliRun run = CliRun.en("leads", "scan", png("two.png", both).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Code 1 of 2:", "Code 2 of 2:", "Phone: +84903123456 → +84903123456",
                "Email: buyer@example.de");
    }

    @Test
    void anUnreadableImageEndsWithCode4AndAMessage() throws IOException {
        Path fake = Files.writeString(dir.resolve("card.png"), "not a picture");
        CliRun run = CliRun.en("leads", "scan", fake.toString());
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("card.png is not an image that can be read");
    }

    @Test
    void anImageWithoutACodeIsSaidInWords() throws IOException {
        Path blank = png("blank.png", QrPictures.canvas(200, 200, Color.WHITE));
        CliRun run = CliRun.en("leads", "scan", blank.toString());
        assertThat(run.exit()).isEqualTo(Cli.REFUSED);
        assertThat(run.err()).contains("No QR code or barcode found in blank.png");
    }

    private Path png(String name, BufferedImage img) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
