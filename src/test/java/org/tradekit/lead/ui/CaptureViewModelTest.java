package org.tradekit.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.lead.Fair;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.MessagingKind;
import org.tradekit.lead.Question;
import org.tradekit.lead.QuestionKind;
import org.tradekit.lead.Rating;
import org.tradekit.lead.BuyerType;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.SyncTaskRunner;

/** The booth's form model on a real store, with the synchronous task runner. */
class CaptureViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    CaptureViewModel vm;
    final List<Throwable> unexpected = new ArrayList<>();
    Runnable pause;

    @BeforeEach
    void open() {
        app = TestContexts.open(dir.resolve("data"));
        Fair fair = app.fairs().create(new Fair(null, "Foodex", "Chiba", "JP", TestContexts.TODAY, null, "A-12",
                List.of("Lan", "Minh")));
        app.fairs().setCurrent(fair.id());
        app.fairQuestions().save(fair.id(), List.of(
                new Question(null, QuestionKind.SINGLE, "Organic?", List.of("Yes", "No")),
                new Question(null, QuestionKind.MULTIPLE, "Markets", List.of("EU", "US", "JP"))));
        vm = new CaptureViewModel(new CaptureViewModel.Services(app.leads(), app.fairs(), app.fairQuestions(),
                app.productSearch(), f -> app.photoImporter().importFile(f).sha256(), app.boothMemory(), app.clock()),
                new SyncTaskRunner(unexpected::add), Debouncer.IMMEDIATE, action -> pause = action);
        vm.consentText(new CaptureViewModel.ConsentText("follow-up", "I agree", "en-1"));
        vm.start();
        vm.staffProperty().set("Minh");
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(unexpected).isEmpty();
    }

    private static BufferedImage qr(String text) throws Exception {
        return MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")));
    }

    @Test
    void anImageWithTwoCodesOffersBothAndReadsThePickedOne() throws Exception {
        BufferedImage both = new BufferedImage(700, 340, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 700, 340);
        g.drawImage(qr("https://example.com/booth"), 10, 20, null);
        g.drawImage(qr("MECARD:N:Pham,Lan;ORG:Sen Vang;TEL:0901234567;EMAIL:lan@senvang.vn;;"), 380, 20, null);
        g.dispose();
        Path file = dir.resolve("two.png");
        ImageIO.write(both, "png", file.toFile());

        vm.openImage(file);

        assertThat(vm.codeChoices()).hasSize(2);
        assertThat(vm.scanNoticeProperty().get().key()).isEqualTo("lead.ui.scan.several");
        assertThat(vm.nameProperty().get()).isEmpty(); // nothing filled until the user picks
        assertThat(vm.cardPhotoProperty().get()).isNotNull();
        vm.pickCode(vm.codeChoices().get(0).startsWith("MECARD") ? 0 : 1);
        assertThat(vm.nameProperty().get()).isEqualTo("Lan Pham");
        assertThat(vm.emailProperty().get()).isEqualTo("lan@senvang.vn");
        assertThat(vm.phoneReadProperty().get().e164()).isEqualTo("+84901234567");
        assertThat(vm.codeChoices()).isEmpty();
    }

    @Test
    void aPastedImageIsReadAndKeptAsTheCardPhoto() throws Exception {
        vm.openImage(qr("BEGIN:VCARD\nVERSION:4.0\nFN:Nguyễn Thị Hoa\nORG:Hoa Sen\nTEL:+84 90 123 45 67\nEND:VCARD"));
        assertThat(vm.nameProperty().get()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(vm.companyProperty().get()).isEqualTo("Hoa Sen");
        assertThat(vm.cardPhotoProperty().get()).matches("[0-9a-f]{64}");
        assertThat(app.photoStore().contains(vm.cardPhotoProperty().get())).isTrue();
    }

    @Test
    void aGarbageCodeOrAFileThatIsNoImageLeavesTheFormUntouched() throws Exception {
        vm.nameProperty().set("Typed before");
        Path garbage = dir.resolve("garbage.png");
        ImageIO.write(qr("ZXQ~~//^^ no card here"), "png", garbage.toFile());
        vm.openImage(garbage);
        assertThat(vm.scanNoticeProperty().get().key()).isEqualTo("lead.ui.scan.nothing");
        assertThat(vm.nameProperty().get()).isEqualTo("Typed before");
        assertThat(vm.rawCardProperty().get()).isNull();

        Path text = dir.resolve("card.jpg");
        Files.writeString(text, "not an image at all");
        vm.openImage(text);
        assertThat(vm.scanNoticeProperty().get().key()).isEqualTo("lead.card.image.notImage");
        assertThat(vm.nameProperty().get()).isEqualTo("Typed before");
    }

    @Test
    void aScannerThatStopsBeforeEndVCardIsReadAfterAPauseAndPastedTextKeepsItsLines() {
        vm.scanLine("BEGIN:VCARD");
        vm.scanLine("VERSION:3.0");
        vm.scanLine("FN:Lan Pham");
        assertThat(vm.scanPendingProperty().get()).isEqualTo(3);
        assertThat(vm.nameProperty().get()).isEmpty();
        pause.run(); // the scanner went quiet
        assertThat(vm.nameProperty().get()).isEqualTo("Lan Pham");
        assertThat(vm.rawCardProperty().get()).isEqualTo("BEGIN:VCARD\nVERSION:3.0\nFN:Lan Pham");
        assertThat(vm.scanPendingProperty().get()).isZero();

        vm.clear();
        vm.scanWhole("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kenji Sato\r\nEMAIL:k@sato.jp\r\nEND:VCARD\r\n");
        assertThat(vm.nameProperty().get()).isEqualTo("Kenji Sato");
        assertThat(vm.emailProperty().get()).isEqualTo("k@sato.jp");
        vm.scanLine("mailto:buyer@example.de");
        assertThat(vm.emailProperty().get()).isEqualTo("buyer@example.de");
        assertThat(ScanBuffer.isPayloadStart("mecard:N:x;;")).isTrue();
        assertThat(ScanBuffer.isPayloadStart("Mecardo Rossi")).isFalse();
    }

    @Test
    void anInvalidPhoneIsKeptAsTypedAndTheLeadStillSaves() {
        vm.nameProperty().set("Lan Pham");
        vm.countryTextProperty().set("Japan");
        vm.phoneProperty().set("12 34");
        assertThat(vm.phoneReadProperty().get().valid()).isFalse();
        vm.phoneProperty().set("03-1234-5678");
        assertThat(vm.phoneReadProperty().get().e164()).isEqualTo("+81312345678"); // read with the visitor's country
        vm.phoneProperty().set("12 34");
        vm.consentProperty().set(true);
        vm.save();
        Lead lead = app.leadRepository().filter(LeadFilter.ALL, 5).get(0);
        assertThat(lead.fields().phoneRaw()).isEqualTo("12 34");
        assertThat(lead.fields().phoneE164()).isNull();
        assertThat(lead.fields().country()).isEqualTo("JP");
        assertThat(lead.fields().staff()).isEqualTo("Minh");
        assertThat(vm.statusProperty().get()).isEqualTo(Said.of("lead.ui.saved", "Lan Pham", 1));
        assertThat(vm.nameProperty().get()).isEmpty();
    }

    @Test
    void refusalsAreInlineAndLoseNothing() {
        vm.nameProperty().set("Lan Pham");
        vm.emailProperty().set("lan at senvang");
        vm.save();
        assertThat(vm.problems()).containsKey("consent"); // refused by the service: no consent
        vm.consentProperty().set(true);
        vm.save();
        assertThat(vm.problems().get("email").key()).isEqualTo("lead.error.email");
        vm.emailProperty().set("lan@senvang.vn");
        vm.countryTextProperty().set("Atlantis");
        vm.followUpProperty().set("next tuesday");
        vm.staffProperty().set(null);
        vm.save();
        assertThat(vm.problems()).containsKeys("country", "followUp", "staff");
        assertThat(vm.nameProperty().get()).isEqualTo("Lan Pham");
        assertThat(app.leadRepository().count()).isZero();
    }

    @Test
    void theStaffMemberIsRememberedOnThisComputerPerFair() {
        assertThat(vm.staffProperty().get()).isEqualTo("Minh"); // chosen in open()
        String fairId = vm.fairProperty().get().id();
        assertThat(app.boothMemory().staff(fairId)).contains("Minh");
        CaptureViewModel again = new CaptureViewModel(new CaptureViewModel.Services(app.leads(), app.fairs(),
                app.fairQuestions(), app.productSearch(), null, app.boothMemory(), app.clock()),
                new SyncTaskRunner(unexpected::add), Debouncer.IMMEDIATE, Debouncer.IMMEDIATE);
        again.start();
        assertThat(again.staffProperty().get()).isEqualTo("Minh"); // after a restart: not asked again
    }

    @Test
    void oneKeyPerChoice() {
        Question organic = vm.questions().get(0);
        Question markets = vm.questions().get(1);
        assertThat(vm.choiceKey(organic, "2")).isTrue();
        assertThat(vm.choiceKey(organic, "1")).isTrue();
        assertThat(vm.answer(organic.id()).get()).isEqualTo("Yes");
        assertThat(vm.choiceKey(organic, "3")).isFalse();
        vm.choiceKey(markets, "3");
        vm.choiceKey(markets, "1");
        assertThat(vm.answer(markets.id()).get()).isEqualTo("EU\nJP"); // in the question's order
        vm.choiceKey(markets, "3");
        assertThat(vm.answer(markets.id()).get()).isEqualTo("EU");
        for (String k : List.of("n", "3", "s", "t", "y")) {
            assertThat(vm.quickKey(k)).isTrue();
        }
        assertThat(vm.quickKey("q")).isFalse();
        assertThat(vm.ratingProperty().get()).isEqualTo(Rating.HOT);
        assertThat(vm.buyerTypeProperty().get()).isEqualTo(BuyerType.WHOLESALER);
        assertThat(vm.samplesProperty().get() && vm.brochureProperty().get() && vm.consentProperty().get()).isTrue();
        vm.countryTextProperty().set("Korea");
        vm.cycleMessagingKind(1);
        assertThat(vm.messagingKindProperty().get()).isEqualTo(MessagingKind.KAKAOTALK);
        vm.cycleMessagingKind(-1);
        assertThat(vm.messagingKindProperty().get()).isNull();
    }
}
