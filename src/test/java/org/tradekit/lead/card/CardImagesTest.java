package org.tradekit.lead.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradekit.lead.card.QrPictures.blurred;
import static org.tradekit.lead.card.QrPictures.lowContrast;
import static org.tradekit.lead.card.QrPictures.noisy;
import static org.tradekit.lead.card.QrPictures.qr;
import static org.tradekit.lead.card.QrPictures.rotated;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.i18n.Messages;

/** QR codes found in generated card pictures, spoilt the ways phone photos are. */
class CardImagesTest {
    static final String VCARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Nguyễn Thị Lan\nORG:HTX Tân Lập\n"
            + "EMAIL:lan@tanlap.vn\nTEL:+84 912 345 678\nEND:VCARD\n";

    @TempDir
    Path dir;

    @Test
    void plainRenderedCodeFromAPngFile() throws IOException {
        Path png = write("card.png", qr(VCARD, 400));
        assertThat(CardImages.decode(png)).containsExactly(VCARD);
        assertThat(CardReader.read(CardImages.decode(png).get(0)).formattedName()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void rotatedFifteenAndNinetyDegrees() {
        assertThat(CardImages.decode(rotated(qr(VCARD, 400), 15))).containsExactly(VCARD);
        assertThat(CardImages.decode(rotated(qr(VCARD, 400), 90))).containsExactly(VCARD);
    }

    @Test
    void blurredNoisyAndLowContrast() {
        assertThat(CardImages.decode(blurred(qr(VCARD, 500), 2))).containsExactly(VCARD);
        assertThat(CardImages.decode(noisy(qr(VCARD, 500), 40, 7))).containsExactly(VCARD);
        assertThat(CardImages.decode(lowContrast(qr(VCARD, 500), 105, 150))).containsExactly(VCARD);
    }

    @Test
    void twoCodesInOneImage() {
        String badge = "MECARD:N:Schmidt,Maria;EMAIL:maria@frische.de;;";
        BufferedImage both = QrPictures.canvas(900, 450, Color.WHITE);
        Graphics2D g = both.createGraphics();
        g.drawImage(qr(VCARD, 400), 20, 25, null);
        g.drawImage(qr(badge, 400), 480, 25, null);
        g.dispose();
        assertThat(CardImages.decode(both)).containsExactlyInAnyOrder(VCARD, badge);
    }

    @Test
    void twelveMegapixelPhotoOfACard() throws IOException {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 80, 70), 4000, 3000, new Color(170, 160, 150)));
        g.fillRect(0, 0, 4000, 3000);
        g.setColor(new Color(245, 243, 238)); // the card
        g.fillRect(1300, 900, 1700, 1000);
        g.drawImage(rotated(qr(VCARD, 700), 8), 2150, 1020, null);
        g.setColor(Color.DARK_GRAY);
        g.setFont(g.getFont().deriveFont(90f));
        g.drawString("Nguyễn Thị Lan", 1380, 1200);
        g.dispose();
        Path jpg = dir.resolve("photo.jpg");
        ImageIO.write(photo, "jpg", jpg.toFile());
        assertThat(CardImages.decode(jpg)).containsExactly(VCARD);
    }

    @Test
    void anImageWithoutACodeGivesNothing() {
        assertThat(CardImages.decode(QrPictures.canvas(300, 200, Color.LIGHT_GRAY))).isEmpty();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInWords() throws IOException {
        Path fake = Files.writeString(dir.resolve("card.jpg"), "this is text, not a JPEG");
        assertThatThrownBy(() -> CardImages.decode(fake)).isInstanceOfSatisfying(CardImageException.class, e -> {
            assertThat(e.key()).isEqualTo("lead.card.image.notImage");
            assertThat(e.message(Messages.of("vi"))).isEqualTo("card.jpg không phải ảnh đọc được (PNG, JPEG, GIF hoặc BMP).");
        });
        Path truncated = write("cut.png", qr(VCARD, 300));
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 60));
        assertThatThrownBy(() -> CardImages.decode(truncated)).isInstanceOf(CardImageException.class);
        assertThatThrownBy(() -> CardImages.decode(dir.resolve("none.png")))
                .isInstanceOfSatisfying(CardImageException.class, e -> assertThat(e.key()).isEqualTo("lead.card.image.missing"));
    }

    private Path write(String name, BufferedImage img) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
