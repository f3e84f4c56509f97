package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.store.Database;
import org.tradekit.store.Uuid7;
import org.tradekit.work.Work;

/** Follow-up drafts in the buyer's language, written as .eml and read back with Jakarta Mail, and as mailto: links. */
class FollowUpDraftsTest {
    static final String COOP_VI = "HTX Nông sản Tây Nguyên";
    static final String COOP_EN = "Tay Nguyen Farmers Cooperative";
    static final String SIGNATURE_TAIL = "+84 262 3812 345\nsales@taynguyen-coop.vn\n";

    @TempDir
    Path dir;
    @TempDir
    Path out;
    Database db;
    LeadService leads;
    FollowUpDrafts drafts;
    EmlDrafts eml;
    Fair fair;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        fair = new FairService(db).create(new Fair(null, "SIAL Paris", "Paris", "FR", LocalDate.of(2026, 10, 18),
                LocalDate.of(2026, 10, 22), "7-B112", List.of("Lan")));
        CoopProfileService coop = new CoopProfileService(db);
        coop.save(new CoopProfile(null, COOP_VI, COOP_EN, null, "Đắk Lắk", "+84 262 3812 345", "sales@taynguyen-coop.vn",
                null, null, null, null, null));
        db.write(tx -> {
            tx.insert(CatalogEntities.PRODUCT, "p-honey", Map.of("sku", "HONEY", "name_vi", "Mật ong", "name_en", "Honey"));
            tx.insert(CatalogEntities.PRODUCT, "p-pepper", Map.of("sku", "PEPPER", "name_vi", "Tiêu đen", "name_en",
                    "Black pepper"));
            tx.insert(CatalogEntities.TRANSLATION, Uuid7.next(), Map.of("product_id", "p-pepper", "lang", "zh", "name", "黑胡椒"));
            tx.insert(CatalogEntities.TRANSLATION, Uuid7.next(), Map.of("product_id", "p-pepper", "lang", "ja", "name", "黒胡椒"));
            return null;
        });
        leads = new LeadService(db, TestContexts.CLOCK);
        drafts = new FollowUpDrafts(db, coop);
        eml = new EmlDrafts(drafts, TestContexts.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Lead lead(LeadDraft d) {
        return leads.save(d.fairId(fair.id()).staff("Lan"), LeadStoreTest.CONSENT);
    }

    /** The five languages: subject and body exactly as the buyer reads them. */
    private Map<Lead, String[]> fiveBuyers() {
        Map<Lead, String[]> expected = new LinkedHashMap<>();
        expected.put(lead(new LeadDraft().name("Nguyễn Thị Hoa").country("VN").email("hoa@vinamart.vn").samples(true)
                .products(List.of("p-honey", "p-pepper"))), new String[] {
                    COOP_VI + ": cảm ơn Quý khách đã ghé thăm gian hàng tại SIAL Paris", """
                    Kính gửi Nguyễn Thị Hoa,

                    Cảm ơn Quý khách đã ghé thăm gian hàng của HTX Nông sản Tây Nguyên tại SIAL Paris (18/10/2026 – 22/10/2026). Chúng tôi rất vui được gặp Quý khách.
                    Sản phẩm Quý khách quan tâm: Mật ong, Tiêu đen.
                    Chúng tôi sẽ sớm gửi mẫu các sản phẩm này đến Quý khách.

                    Chúng tôi mong được hợp tác cùng Quý khách. Nếu có câu hỏi, xin Quý khách trả lời thư này hoặc liên hệ với chúng tôi.

                    Trân trọng,
                    HTX Nông sản Tây Nguyên
                    """ + SIGNATURE_TAIL});
        expected.put(lead(new LeadDraft().name("Anna Schmidt").country("DE").email("anna.schmidt@bioimport.de")
                .samples(true).brochure(true).products(List.of("p-pepper"))), new String[] {
                    COOP_EN + ": thank you for visiting us at SIAL Paris", """
                    Dear Anna Schmidt,

                    Thank you for visiting the Tay Nguyen Farmers Cooperative booth at SIAL Paris (October 18, 2026 – October 22, 2026). It was a pleasure to meet you.
                    You showed interest in: Black pepper.
                    We will send you samples of these products shortly.
                    As you requested, we are sending you our product brochure.

                    We look forward to working with you. If you have any questions, simply reply to this email or contact us.

                    Best regards,
                    Tay Nguyen Farmers Cooperative
                    """ + SIGNATURE_TAIL});
        expected.put(lead(new LeadDraft().name("王伟").country("CN").email("wang.wei@huanong.cn")
                .products(List.of("p-honey", "p-pepper"))), new String[] {
                    COOP_EN + "：感谢您在SIAL Paris莅临我们的展位", """
                    尊敬的王伟：

                    感谢您在SIAL Paris（2026年10月18日至2026年10月22日）期间莅临Tay Nguyen Farmers Cooperative的展位，很高兴与您见面。
                    您感兴趣的产品：Honey、黑胡椒。

                    期待与您合作。如有任何问题，请直接回复此邮件或与我们联系。

                    此致敬礼
                    Tay Nguyen Farmers Cooperative
                    """ + SIGNATURE_TAIL});
        expected.put(lead(new LeadDraft().name("김민수").country("US").lang("ko").email("minsu.kim@hanfood.kr")
                .brochure(true).products(List.of("p-pepper"))), new String[] {
                    COOP_EN + ": SIAL Paris에서 저희 부스를 방문해 주셔서 감사합니다", """
                    김민수 님께,

                    SIAL Paris(2026년 10월 18일 ~ 2026년 10월 22일)에서 Tay Nguyen Farmers Cooperative 부스를 방문해 주셔서 감사합니다. 만나 뵙게 되어 반가웠습니다.
                    관심을 보이신 제품: Black pepper.
                    요청하신 대로 저희 제품 브로슈어를 보내 드립니다.

                    함께 일할 수 있기를 기대합니다. 궁금한 점이 있으시면 이 메일에 회신하시거나 저희에게 연락해 주십시오.

                    감사합니다.
                    Tay Nguyen Farmers Cooperative
                    """ + SIGNATURE_TAIL});
        expected.put(lead(new LeadDraft().country("JP").email("k.sato@satoshoji.jp").samples(true)
                .products(List.of("p-pepper"))), new String[] {
                    COOP_EN + "：SIAL Parisにて弊社ブースにお立ち寄りいただきありがとうございました", """
                    ご担当者様

                    SIAL Paris（2026年10月18日～2026年10月22日）にてTay Nguyen Farmers Cooperativeのブースにお立ち寄りいただき、誠にありがとうございました。お会いできて光栄でした。
                    ご関心をお寄せいただいた製品：黒胡椒。
                    これらの製品のサンプルを近日中にお送りいたします。

                    今後ともお取引いただけますと幸いです。ご不明な点がございましたら、本メールにご返信いただくか、弊社までお問い合わせください。

                    よろしくお願いいたします。
                    Tay Nguyen Farmers Cooperative
                    """ + SIGNATURE_TAIL});
        return expected;
    }

    @Test
    void draftsAreWrittenInEachBuyersLanguageAndReadBackFromTheEmlFiles() throws Exception {
        Map<Lead, String[]> expected = fiveBuyers();
        List<String> ids = expected.keySet().stream().map(Lead::id).toList();
        List<Path> files = eml.writeAll(ids, out.resolve("drafts"), lang -> null, Work.NONE);

        assertThat(files).hasSize(5);
        assertThat(files.get(0).getFileName().toString()).isEqualTo("Nguyễn Thị Hoa.eml");
        int i = 0;
        for (var e : expected.entrySet()) {
            Lead lead = e.getKey();
            FollowUpDraft d = drafts.draft(lead.id());
            assertThat(d.subject()).as(d.lang()).isEqualTo(e.getValue()[0]);
            assertThat(d.body()).as(d.lang()).isEqualTo(e.getValue()[1]);

            Path file = files.get(i++);
            String raw = Files.readString(file, StandardCharsets.ISO_8859_1);
            assertThat(raw).as("7-bit: encoded words and quoted-printable").matches("[\\x00-\\x7f]*").contains("X-Unsent: 1");
            if (!"en".equals(d.lang())) {
                assertThat(raw).containsPattern("(?m)^Subject: =\\?UTF-8\\?[BQ]\\?");
            }
            MimeMessage m = read(file);
            assertThat(m.getSubject()).isEqualTo(e.getValue()[0]);
            assertThat(((String) m.getContent()).replace("\r\n", "\n")).isEqualTo(e.getValue()[1]);
            assertThat(m.getHeader("X-Unsent")).containsExactly("1");
            InternetAddress to = (InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0];
            assertThat(to.getAddress()).isEqualTo(lead.fields().email());
            assertThat(to.getPersonal()).isEqualTo(lead.fields().name());
            InternetAddress from = (InternetAddress) m.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("sales@taynguyen-coop.vn");
            assertThat(from.getPersonal()).isEqualTo("vi".equals(d.lang()) ? COOP_VI : COOP_EN);
            assertThat(m.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
        }
    }

    @Test
    void aBrochureIsAttachedWhenGiven() throws Exception {
        Lead anna = lead(new LeadDraft().name("Anna Schmidt").country("DE").email("anna@bioimport.de").brochure(true));
        byte[] pdf = "%PDF-1.7\n% brochure\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path brochure = Files.write(out.resolve("Brochure EN.pdf"), pdf);
        Path file = out.resolve("anna.eml");
        eml.write(drafts.draft(anna.id()), brochure, file);

        MimeMessage m = read(file);
        Multipart parts = (Multipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(((String) parts.getBodyPart(0).getContent())).contains("Dear Anna Schmidt,");
        Part attached = parts.getBodyPart(1);
        assertThat(attached.getFileName()).isEqualTo("Brochure EN.pdf");
        assertThat(attached.getContentType()).startsWith("application/pdf");
        assertThat(Part.ATTACHMENT).isEqualToIgnoringCase(attached.getDisposition());
        try (InputStream in = attached.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void aMailtoLinkCarriesTheDraftPercentEncoded() {
        Lead wang = lead(new LeadDraft().name("王伟").country("CN").email("wang.wei@huanong.cn").products(List.of("p-pepper")));
        FollowUpDraft d = drafts.draft(wang.id());
        String link = MailtoLinks.of(d);

        assertThat(link).startsWith("mailto:wang.wei@huanong.cn?subject=").matches("[\\x21-\\x7e]+"); // ASCII, no blanks
        assertThat(link).doesNotContain("+").contains("%0D%0A");
        Map<String, String> q = new LinkedHashMap<>();
        for (String kv : link.substring(link.indexOf('?') + 1).split("&")) {
            q.put(kv.substring(0, kv.indexOf('=')), URLDecoder.decode(kv.substring(kv.indexOf('=') + 1), StandardCharsets.UTF_8));
        }
        assertThat(q.get("subject")).isEqualTo(d.subject());
        assertThat(q.get("body")).isEqualTo(d.body().replace("\n", "\r\n"));
        assertThat(MailtoLinks.encode("a b+c&d=é", false)).isEqualTo("a%20b%2Bc%26d%3D%C3%A9");
    }

    @Test
    void aLeadWithoutEmailGetsADraftWithoutRecipientAndAMissingLeadIsRefused() throws Exception {
        Lead walkIn = lead(new LeadDraft().name("Walk-in visitor").phone("+4930123456", null));
        Path file = out.resolve("walk-in.eml");
        eml.write(drafts.draft(walkIn.id()), null, file);
        assertThat(read(file).getRecipients(MimeMessage.RecipientType.TO)).isNull();
        assertThat(MailtoLinks.of(drafts.draft(walkIn.id()))).startsWith("mailto:?subject=");
        assertThatThrownBy(() -> drafts.draft("gone")).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.noLead"));
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
