package org.tradekit.trace.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.i18n.Messages;
import org.tradekit.store.Sha256;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.TraceFixture;

class AttachmentsTest {
    @TempDir
    Path dir;

    @Test
    void anInspectionCarriesItsCertificateAsAPdfOrAPhotoKeptByteForByte() throws Exception {
        Path pdf = dir.resolve("chung-nhan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        Path photo = dir.resolve("anh-giay-chung-nhan.jpg.png"); // the name does not matter, the content does
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

        try (var app = TestContexts.open(dir.resolve("data"))) {
            TraceFixture f = new TraceFixture(app);
            String lot = f.harvest(f.mai, f.maiPlot, 40, 0);
            Attachment certificate = app.attachments().store(pdf);
            Attachment picture = app.attachments().store(photo);
            assertThat(certificate.mime()).isEqualTo("application/pdf");
            assertThat(picture.mime()).isEqualTo("image/png");
            assertThat(certificate.sha256()).isEqualTo(Sha256.of(pdf));
            assertThat(Files.readAllBytes(app.attachments().file(certificate))).isEqualTo(Files.readAllBytes(pdf));

            TraceEvent e = app.eventRecorder().record(EventDraft.of(EventKind.INSPECTION, TraceFixture.at(1, 10)).at(f.dryer)
                    .by("Kỹ thuật viên").observe(lot, null)
                    .result(Inspection.of(false, List.of(new InspectionCheck("độ ẩm %", "14.2", false))))
                    .document(DocumentType.CERTIFICATE, "KN-2026-117").attach(certificate).attach(picture));
            TraceEvent read = app.events().find(e.id()).orElseThrow();
            assertThat(read.body().attachments()).containsExactly(certificate, picture);
            assertThat(read.disposition()).isEqualTo("non_conformant");
            assertThat(read.body().inspection().checks()).extracting(InspectionCheck::name).containsExactly("độ ẩm %");
            assertThat(app.lots().stock(lot)).isEqualByComparingTo("40");
        }
    }

    @Test
    void aFileThatIsNotAPdfOrAnImageIsRefusedAndNothingIsStored() throws Exception {
        Path fake = dir.resolve("certificate.pdf");
        Files.writeString(fake, "this is a text file named like a PDF");
        try (var app = TestContexts.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> app.attachments().store(fake)).isInstanceOfSatisfying(TraceException.class, e -> {
                assertThat(e.key()).isEqualTo("trace.error.attachmentNotDocument");
                assertThat(e.message(new Messages(Messages.EN))).startsWith("certificate.pdf is not a PDF or a photo");
            });
            assertThatThrownBy(() -> app.attachments().store(dir.resolve("missing.pdf")))
                    .hasMessageContaining("attachmentMissing");
            assertThat(app.photoStore().list()).isEmpty();
        }
    }
}
