package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.coop.CoopProfile;
import org.tradekit.lead.Consent;
import org.tradekit.lead.Fair;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.Question;
import org.tradekit.lead.QuestionKind;
import org.tradekit.store.Select;

/**
 * The booth, as a user at a fair uses it: three visitors captured with the keyboard only, a
 * complete lead in counted key presses, a card image pasted, a scanner typing a multi-line vCard
 * into the scan field, and a visitor flagged as possibly captured before.
 */
@ExtendWith(ApplicationExtension.class)
class LeadCaptureScreenTest {
    static final String VCARD = String.join("\n", "BEGIN:VCARD", "VERSION:3.0", "N:Schmidt;Anna;;;",
            "FN:Anna Schmidt", "ORG:Bio Import GmbH", "TITLE:Head buyer", "EMAIL;TYPE=work:anna@bioimport.de",
            "TEL;TYPE=work:+49 30 123456", "ADR;TYPE=work:;;Hauptstr. 1;Berlin;;10115;Germany", "END:VCARD");

    @TempDir
    Path dir;
    AppWindowHarness harness;
    /** The keys pressed beyond the text itself (Tab, Enter, arrows, choice keys): what the figure counts. */
    int keys;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            app.catalog().save(TestContexts.product("GAO-ST25", "Gạo ST25", "ST25 rice"));
            app.catalog().save(TestContexts.product("TIEU-PQ", "Tiêu Phú Quốc", "Phu Quoc pepper"));
            coop(app);
            Fair fair = app.fairs().create(new Fair(null, "SIAL Paris", "Paris", "FR", TestContexts.TODAY, null, "7-B112",
                    List.of("Lan")));
            app.fairs().setCurrent(fair.id());
            app.fairQuestions().save(fair.id(), List.of(
                    new Question(null, QuestionKind.SINGLE, "Organic certified?", List.of("Yes", "No")),
                    new Question(null, QuestionKind.MULTIPLE, "Markets", List.of("EU", "US", "JP"))));
        });
        harness.start(stage, "en");
    }

    /** A cooperative with a profile, so the first-run wizard stays away. */
    static void coop(AppContext app) {
        app.coopProfile().save(new CoopProfile(null, "HTX Sóc Trăng", null, null, null, null, null, null, null, null,
                null, "VND"));
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private AppContext app() {
        return harness.current();
    }

    private void open(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-leads");
        until(() -> robot.lookup("#lead-capture").tryQuery().isPresent());
        until(() -> harness.window.workbench().capture().fairProperty().get() != null
                && harness.window.workbench().capture().questions().size() == 2
                && "Lan".equals(harness.window.workbench().capture().staffProperty().get()));
        until(() -> focused(robot, "#lead-name"));
    }

    private static boolean focused(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.getScene().getFocusOwner() == n;
    }

    private void key(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
            keys++;
        }
    }

    private void shifted(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.SHIFT).type(code).release(KeyCode.SHIFT);
        keys += 2;
    }

    private void text(FxRobot robot, String s) {
        robot.write(s);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#lead-status").queryAs(Label.class).getText();
    }

    private List<Lead> leads() {
        return app().leadRepository().filter(LeadFilter.ALL, 100).stream()
                .sorted(Comparator.comparing(l -> l.fields().name() == null ? "" : l.fields().name())).toList();
    }

    private List<String> consents(String leadId) {
        return app().database().read(c -> Select.on(c).list("SELECT purpose || '|' || text_version || '|' || staff || '|' "
                + "|| text FROM lead_consent WHERE lead_id = ?", rs -> rs.getString(1), leadId));
    }

    /**
     * A complete lead, every field the issue lists filled, driven key by key. The sequence (decision
     * 0027): name Tab company Tab job Tab country("Germ") Tab email Tab phone Tab ↓(WhatsApp) handle
     * Tab product("st25") Tab volume Tab price Tab [1] Tab [1][3] Tab [H][1][S][B][Y] Tab follow-up("+7")
     * Tab notes Enter.
     */
    @Test
    void aCompleteTypedLeadTakesAtMost25KeyPressesBeyondItsText(FxRobot robot) {
        open(robot);
        keys = 0;
        text(robot, "Anna Schmidt");
        key(robot, KeyCode.TAB);
        text(robot, "Bio Import GmbH");
        key(robot, KeyCode.TAB);
        text(robot, "Head buyer");
        key(robot, KeyCode.TAB);
        text(robot, "Germ");
        key(robot, KeyCode.TAB); // takes the highlighted country: Germany
        text(robot, "anna@bioimport.de");
        key(robot, KeyCode.TAB);
        text(robot, "030 123456");
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.DOWN); // the app most used in the visitor's country first: WhatsApp for Germany
        text(robot, "annaschmidt.bio");
        key(robot, KeyCode.TAB);
        text(robot, "st25");
        key(robot, KeyCode.TAB); // takes the highlighted product
        text(robot, "2 t a month");
        key(robot, KeyCode.TAB);
        text(robot, "1.20 USD/kg FOB");
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.DIGIT1); // organic: Yes
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.DIGIT1, KeyCode.DIGIT3); // markets: EU and JP
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.H, KeyCode.DIGIT1, KeyCode.S, KeyCode.B, KeyCode.Y); // hot, importer, samples, brochure, consent
        key(robot, KeyCode.TAB);
        text(robot, "+7");
        key(robot, KeyCode.TAB);
        text(robot, "Tasted the ST25, wants a quote");
        key(robot, KeyCode.ENTER);
        until(() -> status(robot).startsWith("Saved: Anna Schmidt"));

        assertThat(keys).isLessThanOrEqualTo(25);
        System.out.println("lead_keys=" + keys);
        Lead anna = leads().get(0);
        LeadDraft a = anna.fields();
        assertThat(a.name()).isEqualTo("Anna Schmidt");
        assertThat(a.company()).isEqualTo("Bio Import GmbH");
        assertThat(a.jobTitle()).isEqualTo("Head buyer");
        assertThat(a.country()).isEqualTo("DE");
        assertThat(a.email()).isEqualTo("anna@bioimport.de");
        assertThat(a.phoneE164()).isEqualTo("+4930123456"); // read as a German number: the country was Germany
        assertThat(a.phoneRaw()).isEqualTo("030 123456");
        assertThat(a.messagingKind()).isEqualTo("whatsapp");
        assertThat(a.messagingHandle()).isEqualTo("annaschmidt.bio");
        assertThat(a.buyerType()).isEqualTo("importer");
        assertThat(a.products()).containsExactly(app().products().idBySku("GAO-ST25").orElseThrow());
        assertThat(a.volume()).isEqualTo("2 t a month");
        assertThat(a.targetPrice()).isEqualTo("1.20 USD/kg FOB");
        assertThat(a.rating()).isEqualTo("hot");
        assertThat(a.samples()).isTrue();
        assertThat(a.brochure()).isTrue();
        assertThat(a.followUp()).isEqualTo(TestContexts.TODAY.plusDays(7));
        assertThat(a.notes()).isEqualTo("Tasted the ST25, wants a quote");
        assertThat(a.staff()).isEqualTo("Lan");
        List<Question> qs = app().fairQuestions().list(a.fairId());
        assertThat(app().fairQuestions().answers(anna.id())).containsOnly(Map.entry(qs.get(0).id(), "Yes"),
                Map.entry(qs.get(1).id(), "EU\nJP"));
        assertThat(consents(anna.id())).singleElement().asString().startsWith("Follow-up after the fair").contains("|Lan|");
        assertThat(focused(robot, "#lead-name")).isTrue();
    }

    @Test
    void aUserCapturesThreeVisitorsWithTheKeyboardOnly(FxRobot robot) {
        open(robot);
        text(robot, "Kenji Sato");
        robot.type(KeyCode.TAB);
        text(robot, "Sato Shoji");
        robot.type(KeyCode.TAB, KeyCode.TAB);
        text(robot, "Japan");
        robot.type(KeyCode.TAB);
        text(robot, "k.sato@satoshoji.jp");
        robot.type(KeyCode.TAB);
        text(robot, "+81 3-1234-5678");
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#lead-phone-read").queryAs(Label.class).getText()).isEqualTo("→ +81312345678");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        for (int i = 0; i < 7; i++) { // to the rating row
            robot.type(KeyCode.TAB);
        }
        assertThat(focused(robot, "#lead-quick")).isTrue();
        robot.type(KeyCode.W, KeyCode.Y, KeyCode.ENTER);
        until(() -> status(robot).equals("Saved: Kenji Sato (lead no. 1 today)"));
        assertThat(focused(robot, "#lead-name")).isTrue();
        assertThat(robot.lookup("#lead-email").queryAs(TextField.class).getText()).isEmpty();

        text(robot, "Nguyễn Thị Hoa");
        robot.type(KeyCode.TAB);
        text(robot, "Công ty Hoa Sen");
        robot.type(KeyCode.TAB, KeyCode.TAB);
        text(robot, "viet");
        robot.type(KeyCode.TAB, KeyCode.TAB);
        text(robot, "0901 234 567");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DOWN); // Zalo, the first app for Vietnam
        text(robot, "0901234567");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT); // back to the email
        text(robot, "hoa@hoasen.vn");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focused(robot, "#lead-country")).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB)
                .release(KeyCode.SHIFT); // job, company, name, then round to the notes
        assertThat(focused(robot, "#lead-notes")).isTrue();
        text(robot, "line one");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        text(robot, "line two");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focused(robot, "#lead-quick")).isTrue();
        robot.type(KeyCode.C, KeyCode.ENTER); // no consent yet: refused in words, nothing lost
        until(() -> robot.lookup("#problem-consent").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#problem-consent").queryAs(Label.class).getText()).contains("consent");
        assertThat(robot.lookup("#lead-refused").queryAs(Label.class).getText()) // in sight above the form
                .isEqualTo("Not saved: Tick the visitor's consent to be contacted (key Y).");
        assertThat(focused(robot, "#lead-quick")).as("the focus is where the consent is given").isTrue();
        assertThat(robot.lookup("#lead-name").queryAs(TextField.class).getText()).isEqualTo("Nguyễn Thị Hoa");
        robot.type(KeyCode.Y);
        until(() -> !robot.lookup("#lead-refused").queryAs(Label.class).isVisible()); // put right: the message goes
        robot.type(KeyCode.ENTER);
        until(() -> status(robot).equals("Saved: Nguyễn Thị Hoa (lead no. 2 today)"));

        text(robot, "Pierre Martin");
        robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        text(robot, "pierre.martin@epicerie.fr");
        robot.type(KeyCode.TAB);
        text(robot, "12");
        assertThat(robot.lookup("#lead-phone-read").queryAs(Label.class).getText()).isEmpty(); // still typing
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(robot.lookup("#lead-phone-read").queryAs(Label.class).getText())
                .isEqualTo("“12” is not a valid phone number for the country; it is kept as typed.");
        robot.type(KeyCode.H, KeyCode.Y, KeyCode.ENTER);
        until(() -> status(robot).equals("Saved: Pierre Martin (lead no. 3 today)"));

        List<Lead> all = leads();
        assertThat(all).extracting(l -> l.fields().name()).containsExactly("Kenji Sato", "Nguyễn Thị Hoa", "Pierre Martin");
        LeadDraft kenji = all.get(0).fields();
        assertThat(kenji.country()).isEqualTo("JP");
        assertThat(kenji.phoneE164()).isEqualTo("+81312345678");
        assertThat(kenji.rating()).isEqualTo("warm");
        LeadDraft hoa = all.get(1).fields();
        assertThat(hoa.company()).isEqualTo("Công ty Hoa Sen");
        assertThat(hoa.country()).isEqualTo("VN");
        assertThat(hoa.email()).isEqualTo("hoa@hoasen.vn");
        assertThat(hoa.phoneE164()).isEqualTo("+84901234567");
        assertThat(hoa.messagingKind()).isEqualTo("zalo");
        assertThat(hoa.messagingHandle()).isEqualTo("0901234567");
        assertThat(hoa.rating()).isEqualTo("cold");
        assertThat(hoa.notes()).isEqualTo("line one\nline two");
        assertThat(all.get(2).fields().email()).isEqualTo("pierre.martin@epicerie.fr");
        assertThat(all.get(2).fields().phoneRaw()).isEqualTo("12"); // not a number, but what the visitor gave
        assertThat(all.get(2).fields().phoneE164()).isNull();
        String fairId = app().fairs().current().orElseThrow().id();
        for (Lead l : all) {
            assertThat(l.fields().fairId()).isEqualTo(fairId);
            assertThat(l.fields().staff()).isEqualTo("Lan");
            assertThat(consents(l.id())).hasSize(1);
        }
    }

    @Test
    void aPastedCardImageFillsTheFormShowsWhatWasReadAndKeepsTheRawCardAndPhoto(FxRobot robot) throws Exception {
        Path png = dir.resolve("card.png");
        BufferedImage qr = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(VCARD, BarcodeFormat.QR_CODE,
                400, 400, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4)));
        ImageIO.write(qr, "png", png.toFile());
        Path garbage = dir.resolve("not-a-card.png");
        java.nio.file.Files.writeString(garbage, "this is no image");
        open(robot);

        clipboardFiles(garbage);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#lead-scan-notice").queryAs(Label.class).getText().contains("not an image"));
        assertThat(robot.lookup("#lead-name").queryAs(TextField.class).getText()).isEmpty();

        clipboardFiles(png);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        until(() -> "Anna Schmidt".equals(robot.lookup("#lead-name").queryAs(TextField.class).getText()));
        Label read = robot.lookup("#lead-card-read").queryAs(Label.class);
        assertThat(read.isVisible()).isTrue();
        assertThat(read.getText()).startsWith("Read from the card (vCard 3): Anna Schmidt · Bio Import GmbH");
        assertThat(robot.lookup("#lead-country").queryAs(TextField.class).getText()).isEqualTo("Germany");
        until(() -> robot.lookup("#lead-card-photo").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        assertThat(leads()).isEmpty(); // shown before anything is saved

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.Y, KeyCode.ENTER);
        until(() -> status(robot).startsWith("Saved: Anna Schmidt"));
        LeadDraft a = leads().get(0).fields();
        assertThat(a.company()).isEqualTo("Bio Import GmbH");
        assertThat(a.jobTitle()).isEqualTo("Head buyer");
        assertThat(a.email()).isEqualTo("anna@bioimport.de");
        assertThat(a.phoneE164()).isEqualTo("+4930123456");
        assertThat(a.country()).isEqualTo("DE");
        assertThat(a.rawCard()).isEqualTo(VCARD);
        assertThat(a.cardPhoto()).matches("[0-9a-f]{64}");
        assertThat(app().photoStore().contains(a.cardPhoto())).isTrue();
    }

    private static void clipboardFiles(Path file) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ClipboardContent c = new ClipboardContent();
            c.putFiles(List.of(file.toFile()));
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    @Test
    void aScannerTypingAMultiLineVCardIntoTheScanFieldFillsTheForm(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.F2);
        assertThat(focused(robot, "#lead-scan")).isTrue();
        String[] lines = VCARD.split("\n");
        for (int i = 0; i < lines.length; i++) {
            robot.write(lines[i]);
            robot.type(KeyCode.ENTER);
            if (i == 2) {
                int n = i + 1;
                until(() -> robot.lookup("#lead-scan-pending").queryAs(Label.class).getText()
                        .equals("Reading a card: " + n + " line(s) so far…"));
            }
        }
        until(() -> "Anna Schmidt".equals(robot.lookup("#lead-name").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#lead-email").queryAs(TextField.class).getText()).isEqualTo("anna@bioimport.de");
        assertThat(robot.lookup("#lead-card-read").queryAs(Label.class).getText()).contains("anna@bioimport.de");
        assertThat(robot.lookup("#lead-scan").queryAs(TextField.class).getText()).isEmpty();
        assertThat(focused(robot, "#lead-name")).isTrue();

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.Y, KeyCode.ENTER);
        until(() -> status(robot).startsWith("Saved: Anna Schmidt"));
        assertThat(leads()).singleElement().satisfies(l -> {
            assertThat(l.fields().rawCard()).isEqualTo(VCARD);
            assertThat(l.fields().company()).isEqualTo("Bio Import GmbH");
        });
    }

    @Test
    void aVisitorCapturedBeforeIsFlaggedInlineAndCanStillBeSaved(FxRobot robot) {
        AppContext app = harness.app();
        app.leads().save(new LeadDraft().staff("Minh").name("Anna Schmidt").company("Bio Import GmbH")
                .email("anna@bioimport.de"), new Consent("follow-up", "I agree", "1", null));
        open(robot);
        text(robot, "Anna  Schmidt");
        robot.type(KeyCode.TAB);
        text(robot, "BIO IMPORT GMBH");
        until(() -> !robot.lookup("#lead-duplicates").queryAs(VBox.class).getChildren().isEmpty());
        Label flag = (Label) robot.lookup("#lead-duplicates").queryAs(VBox.class).getChildren().get(0);
        assertThat(flag.getText()).isEqualTo("Possibly the same person as Anna Schmidt, Bio Import GmbH, "
                + "anna@bioimport.de — Minh (same name and company).");
        robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        text(robot, "ANNA@bioimport.de");
        until(() -> ((Label) robot.lookup("#lead-duplicates").queryAs(VBox.class).getChildren().get(0)).getText()
                .endsWith("(same email, name and company)."));
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.Y, KeyCode.ENTER);
        until(() -> status(robot).startsWith("Saved: Anna"));
        assertThat(leads()).hasSize(2);
        assertThat(robot.lookup("#lead-duplicates").queryAs(VBox.class).getChildren()).isEmpty();
    }
}
