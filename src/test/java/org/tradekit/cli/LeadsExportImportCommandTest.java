package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.lead.Consent;
import org.tradekit.lead.Fair;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadEntities;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.LeadService;
import org.tradekit.lead.io.LeadColumn;
import org.tradekit.store.Uuid7;

import ezvcard.Ezvcard;
import ezvcard.VCard;

/**
 * {@code tradekit leads export} read back with the libraries a CRM would use (commons-csv,
 * fastexcel-reader, ez-vcard), and {@code tradekit leads import} of those files on another device.
 */
class LeadsExportImportCommandTest {
    private static final String NOTES = "Muốn mẫu cà phê rang xay.\nGọi lại sau Tết; đơn hàng \"thử\" 2 tấn, giá, điều kiện";
    private static final String CONSENT = "Tôi đồng ý để HTX Tân Lập lưu danh thiếp và liên hệ lại.";

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void leads() {
        data = LeadFiles.dataDir(dir);
        try (AppContext app = TestContexts.open(data)) {
            Fair expo = app.fairs().current().orElseThrow();
            String coffee = app.products().idBySku("CF-001").orElseThrow();
            String honey = app.products().idBySku("HN-002").orElseThrow();
            Lead lan = at(app, "2026-11-12T09:15:30+07:00").save(new LeadDraft().staff("Tuấn").name("Nguyễn Thị Lan")
                    .company("HTX Tân Lập – Đắk Lắk").jobTitle("Giám đốc").country("VN").email("lan@tanlap.vn")
                    .phone("+84912345678", "0912 345 678").messaging("zalo", "0912345678").buyerType("distributor")
                    .volume("2 tấn/tháng").targetPrice("95.000 ₫/kg").rating("hot").status("samples_sent").notes(NOTES)
                    .followUp(LocalDate.of(2026, 12, 1)).samples(true).brochure(true).lang("vi")
                    .rawCard("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyễn Thị Lan\r\nEND:VCARD\r\n").products(List.of(coffee, honey)),
                    new Consent("follow-up", CONSENT, "v2", "Tuấn"));
            at(app, "2026-11-12T10:00:00+07:00").save(new LeadDraft().name("Anna Schmidt").company("Kaffee Import GmbH")
                    .country("DE").phone("+49301234567", "+49 30 1234567").messaging("whatsapp", "+49301234567")
                    .buyerType("importer").rating("warm"), new Consent("follow-up", "I agree.", null, null));
            String sial = app.fairs().all().stream().filter(f -> f.name().startsWith("SIAL")).findFirst().orElseThrow().id();
            at(app, "2026-10-19T14:00:00+02:00").save(new LeadDraft().fairId(sial).name("Pierre Martin")
                    .email("p.martin@epicerie.fr").rating("cold"), new Consent("follow-up", "J'accepte.", "1", "Mai"));
            answer(app, expo.id(), lan.id());
        }
    }

    @Test
    void csvHasOneRowPerLeadWithEveryColumnAndABomForExcel() throws IOException {
        Path csv = dir.resolve("leads.csv");
        CliRun run = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "csv", "--out", csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 lead(s) written to");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csv(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).toList().stream().map(h -> h.replace("\uFEFF", "")).toList()).containsExactlyElementsOf(
                Stream.of(LeadColumn.values()).map(LeadColumn::header).toList());
        Map<String, String> lan = row(rows, 2);
        assertThat(lan).containsEntry("Name", "Nguyễn Thị Lan").containsEntry("Company", "HTX Tân Lập – Đắk Lắk")
                .containsEntry("Job title", "Giám đốc").containsEntry("Country", "VN").containsEntry("Email", "lan@tanlap.vn")
                .containsEntry("Phone", "+84912345678").containsEntry("Phone as written", "0912 345 678")
                .containsEntry("Messaging app", "zalo").containsEntry("Messaging handle", "0912345678")
                .containsEntry("Language", "vi").containsEntry("Buyer type", "distributor")
                .containsEntry("Product SKUs", "CF-001; HN-002")
                .containsEntry("Products", "CF-001 Dak Lak Robusta coffee; HN-002 Longan honey")
                .containsEntry("Volume", "2 tấn/tháng").containsEntry("Target price", "95.000 ₫/kg")
                .containsEntry("Rating", "hot").containsEntry("Status", "samples_sent").containsEntry("Notes", NOTES)
                .containsEntry("Follow-up", "2026-12-01").containsEntry("Samples", "yes").containsEntry("Brochure", "yes")
                .containsEntry("Fair", "Vietnam Foodexpo 2026").containsEntry("Staff", "Tuấn")
                .containsEntry("Captured at", "2026-11-12T09:15:30+07:00").containsEntry("Consent purpose", "follow-up")
                .containsEntry("Consent text", CONSENT).containsEntry("Consent version", "v2")
                .containsEntry("Consent given at", "2026-11-12T09:15:30+07:00")
                .containsEntry("Answers", "Kênh bán hàng?: Siêu thị, Online\nGhi chú: cần chứng nhận hữu cơ")
                .containsEntry("Card as read", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyễn Thị Lan\r\nEND:VCARD\r\n");
        assertThat(row(rows, 1)).containsEntry("Name", "Pierre Martin").containsEntry("Fair", "SIAL Paris 2026");

        CliRun sial = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "csv", "--out",
                csv.toString(), "--fair", "SIAL Paris 2026");
        assertThat(sial.out()).contains("1 lead(s) written");
        CliRun warmDe = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "csv", "--out",
                csv.toString(), "--rating", "WARM", "--country", "de");
        assertThat(warmDe.out()).contains("1 lead(s) written");
        assertThat(row(csv(csv), 1)).containsEntry("Name", "Anna Schmidt");
    }

    @Test
    void xlsxHasTheSameColumnsWithDatesAsDates() throws IOException {
        Path xlsx = dir.resolve("leads.xlsx");
        CliRun run = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "xlsx", "--out", xlsx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            List<String> header = rows.get(0).stream().map(c -> c.getRawValue()).toList();
            assertThat(header).containsExactlyElementsOf(Stream.of(LeadColumn.values()).map(LeadColumn::header).toList());
            Row lan = rows.get(2);
            assertThat(lan.getCellText(LeadColumn.NAME.ordinal())).isEqualTo("Nguyễn Thị Lan");
            assertThat(lan.getCellText(LeadColumn.NOTES.ordinal())).isEqualTo(NOTES);
            assertThat(lan.getCellAsDate(LeadColumn.FOLLOW_UP.ordinal())).contains(LocalDateTime.of(2026, 12, 1, 0, 0));
            assertThat(lan.getCellAsDate(LeadColumn.CAPTURED_AT.ordinal()))
                    .contains(LocalDateTime.of(2026, 11, 12, 9, 15, 30));
            assertThat(lan.getCellText(LeadColumn.CONSENT_TEXT.ordinal())).isEqualTo(CONSENT);
        }
    }

    @Test
    void vcardCarriesEveryFieldAndOneFilePerLeadOnRequest() throws IOException {
        Path vcf = dir.resolve("leads.vcf");
        CliRun run = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "vcf", "--out", vcf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<VCard> cards = Ezvcard.parse(vcf).all();
        assertThat(cards).hasSize(3);
        VCard lan = cards.get(1);
        assertThat(lan.getVersion()).hasToString("4.0");
        assertThat(lan.getFormattedName().getValue()).isEqualTo("Nguyễn Thị Lan");
        assertThat(lan.getOrganization().getValues()).containsExactly("HTX Tân Lập – Đắk Lắk");
        assertThat(lan.getTitles().get(0).getValue()).isEqualTo("Giám đốc");
        assertThat(lan.getEmails().get(0).getValue()).isEqualTo("lan@tanlap.vn");
        assertThat(lan.getTelephoneNumbers().get(0).getText()).isEqualTo("+84912345678");
        assertThat(lan.getAddresses().get(0).getCountry()).isEqualTo("VN");
        assertThat(lan.getLanguages().get(0).getValue()).isEqualTo("vi");
        assertThat(lan.getNotes().get(0).getValue()).isEqualTo(NOTES);
        assertThat(lan.getCategories().getValues()).contains("Vietnam Foodexpo 2026", "hot", "distributor", "samples_sent");
        assertThat(lan.getExtendedProperty("X-SOCIALPROFILE").getValue()).isEqualTo("0912345678");
        assertThat(lan.getExtendedProperty("X-SOCIALPROFILE").getParameters().getType()).isEqualTo("zalo");
        Map<String, String> x = Map.ofEntries(Map.entry("X-TRADEKIT-VOLUME", "2 tấn/tháng"),
                Map.entry("X-TRADEKIT-TARGET-PRICE", "95.000 ₫/kg"), Map.entry("X-TRADEKIT-PRODUCT-SKUS", "CF-001; HN-002"),
                Map.entry("X-TRADEKIT-STAFF", "Tuấn"), Map.entry("X-TRADEKIT-CAPTURED-AT", "2026-11-12T09:15:30+07:00"),
                Map.entry("X-TRADEKIT-CONSENT-TEXT", CONSENT), Map.entry("X-TRADEKIT-FOLLOW-UP", "2026-12-01"),
                Map.entry("X-TRADEKIT-SAMPLES", "yes"), Map.entry("X-TRADEKIT-PHONE-AS-WRITTEN", "0912 345 678"),
                Map.entry("X-TRADEKIT-ANSWERS", "Kênh bán hàng?: Siêu thị, Online\\nGhi chú: cần chứng nhận hữu cơ"),
                Map.entry("X-TRADEKIT-CARD", "BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nFN:Nguyễn Thị Lan\\r\\nEND:VCARD\\r\\n"));
        x.forEach((k, v) -> assertThat(lan.getExtendedProperty(k).getValue()).as(k).isEqualTo(v));

        Path folder = dir.resolve("cards");
        CliRun per = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "vcf", "--per-lead",
                "--out", folder.toString());
        assertThat(per.exit()).as(per.err()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = files.sorted().toList();
            assertThat(list).hasSize(3).allSatisfy(p -> assertThat(p.toString()).endsWith(".vcf"));
            assertThat(list.get(1).getFileName().toString()).startsWith("nguyen-thi-lan-");
            assertThat(Ezvcard.parse(list.get(1)).first().getFormattedName().getValue()).isEqualTo("Nguyễn Thị Lan");
        }
    }

    @Test
    void importingAnExportOnAnotherDeviceGivesTheSameLeadsAndTwiceAddsNothing() throws IOException {
        for (String format : List.of("csv", "vcf")) {
            Path file = dir.resolve("leads." + format);
            assertThat(CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", format, "--out",
                    file.toString()).exit()).isZero();
            Path other = LeadFiles.dataDir(dir.resolve("other-" + format));
            CliRun run = CliRun.en("--data-dir", other.toString(), "leads", "import", file.toString());
            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).as(format).contains("3 row(s): 3 saved, 0 already there, 0 refused.");
            assertThat(leads(other)).as(format).usingRecursiveComparison().isEqualTo(leads(data));
            CliRun again = CliRun.en("--data-dir", other.toString(), "leads", "import", file.toString());
            assertThat(again.out()).as(format).contains("3 row(s): 0 saved, 3 already there, 0 refused.",
                    "Row 2: already imported");
            try (AppContext app = TestContexts.open(other)) {
                assertThat(app.leadRepository().count()).isEqualTo(3);
            }
        }
    }

    @Test
    void aBrokenRowIsReportedWithItsNumberAndColumnAndTheOthersLand() throws IOException {
        Path csv = dir.resolve("leads.csv");
        CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "csv", "--out", csv.toString());
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("p.martin@epicerie.fr", "p.martin(at)epicerie")
                .replace("2026-11-12T10:00:00+02:00", "yesterday").replace("2026-11-12T10:00+07:00", "yesterday");
        text = text.replace(",I agree.,", ",,");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Path other = LeadFiles.dataDir(dir.resolve("other"));
        CliRun run = CliRun.en("--data-dir", other.toString(), "leads", "import", csv.toString());
        assertThat(run.exit()).isEqualTo(Cli.REFUSED);
        assertThat(run.out()).contains("Row 2, column “Email”: \"p.martin(at)epicerie\" is not an email address",
                "Row 3: saved Nguyễn Thị Lan", "Row 4, column “Captured at”: “yesterday” is not a date and time",
                "3 row(s): 1 saved, 0 already there, 2 refused.");
        try (AppContext app = TestContexts.open(other)) {
            assertThat(app.leadRepository().count()).isEqualTo(1);
        }
        text = text.replace("yesterday", "2026-11-12T10:00+07:00");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        CliRun noConsent = CliRun.en("--data-dir", other.toString(), "leads", "import", csv.toString());
        assertThat(noConsent.out()).contains("Row 4, column “Consent text”: The row has no consent text");
        CliRun withConsent = CliRun.en("--data-dir", other.toString(), "leads", "import", csv.toString(), "--consent",
                "Agreed at the booth.");
        assertThat(withConsent.out()).contains("Row 4: saved Anna Schmidt", "Row 3: already imported");
    }

    @Test
    void filesThatCannotBeUsedAtAllEndWithCode4AndAMessage() throws IOException {
        Path products = Files.writeString(dir.resolve("products.csv"), "SKU,Name (vi)\nCF-9,Cà phê\n");
        CliRun notLeads = CliRun.en("--data-dir", data.toString(), "leads", "import", products.toString());
        assertThat(notLeads.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(notLeads.err()).contains("products.csv is not a lead file");
        CliRun missing = CliRun.en("--data-dir", data.toString(), "leads", "import", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err()).contains("No such file");
        CliRun noFolder = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "csv", "--out",
                dir.resolve("no/such/folder/leads.csv").toString());
        assertThat(noFolder.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noFolder.err()).contains("does not exist");
        CliRun badFormat = CliRun.en("--data-dir", data.toString(), "leads", "export", "--format", "pdf", "--out",
                dir.resolve("leads.pdf").toString());
        assertThat(badFormat.err()).contains("“pdf” is not a lead file format");
    }

    @Test
    void eraseAndAPersonsDataOnRequest() throws IOException {
        Path json = dir.resolve("lan.json");
        CliRun person = CliRun.en("--data-dir", data.toString(), "leads", "person", "--email", " LAN@tanlap.vn ",
                "--out", json.toString());
        assertThat(person.exit()).as(person.err()).isZero();
        assertThat(person.out()).contains("1 lead(s) with LAN@tanlap.vn");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        var lead = tree.get("leads").get(0);
        assertThat(lead.get("name").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(lead.get("fair_name").asText()).isEqualTo("Vietnam Foodexpo 2026");
        assertThat(lead.get("consents").get(0).get("text").asText()).isEqualTo(CONSENT);
        assertThat(lead.get("answers")).hasSize(2);
        assertThat(lead.get("answers").get(0).get("question").asText()).isEqualTo("Kênh bán hàng?");
        assertThat(lead.get("products")).hasSize(2);
        assertThat(lead.get("merges")).hasSize(1);
        assertThat(lead.get("merges").get(0).get("notes").asText()).isEqualTo("Gặp lại ở quầy B12");

        CliRun bad = CliRun.en("--data-dir", data.toString(), "leads", "erase", "--email", "lan at tanlap");
        assertThat(bad.exit()).isEqualTo(Cli.REFUSED);
        assertThat(bad.err()).contains("\"lan at tanlap\" is not an email address");
        CliRun erase = CliRun.en("--data-dir", data.toString(), "leads", "erase", "--email", "lan@tanlap.vn");
        assertThat(erase.exit()).as(erase.err()).isZero();
        assertThat(erase.out()).contains("1 lead(s) with lan@tanlap.vn erased.");
        CliRun after = CliRun.en("--data-dir", data.toString(), "leads", "person", "--email", "lan@tanlap.vn",
                "--out", json.toString());
        assertThat(after.out()).contains("0 lead(s)");
        assertThat(Files.readString(json)).doesNotContain("Nguyễn");
    }

    /** The leads as compared across devices: everything but the id and device, oldest first. */
    private static List<LeadDraft> leads(Path data) {
        try (AppContext app = TestContexts.open(data)) {
            List<Lead> all = new ArrayList<>(app.leadRepository().filter(LeadFilter.ALL, 100));
            all.sort(Comparator.comparing(Lead::capturedAt));
            List<LeadDraft> out = new ArrayList<>();
            for (Lead l : all) {
                LeadDraft f = l.fields();
                String fair = app.fairs().find(f.fairId()).orElseThrow().name();
                List<String> skus = f.products().stream().map(id -> app.products().find(id).orElseThrow().sku()).toList();
                out.add(f.fairId(fair).products(skus).notes(f.notes() == null ? null
                        : f.notes().replace("\nKênh bán hàng?: Siêu thị, Online\nGhi chú: cần chứng nhận hữu cơ", "")));
                assertThat(OffsetDateTime.parse(l.capturedAt()).getOffset()).isNotEqualTo(ZoneOffset.UTC);
            }
            return out;
        }
    }

    private static LeadService at(AppContext app, String time) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        return new LeadService(app.database(), java.time.Clock.fixed(t.toInstant(), t.getOffset()));
    }

    /** Answers to the fair's questions and a merge record, written as the capture and follow-up screens do. */
    private static void answer(AppContext app, String fairId, String leadId) {
        app.database().write(tx -> {
            String q1 = Uuid7.next();
            String q2 = Uuid7.next();
            tx.insert(LeadEntities.QUESTION, q1, Map.of("fair_id", fairId, "position", 1, "kind", "multiple",
                    "prompt", "Kênh bán hàng?", "choices", "Siêu thị\nOnline\nChợ"));
            tx.insert(LeadEntities.QUESTION, q2, Map.of("fair_id", fairId, "position", 2, "kind", "text",
                    "prompt", "Ghi chú"));
            tx.insert(LeadEntities.ANSWER, Uuid7.next(), Map.of("lead_id", leadId, "question_id", q1,
                    "value", "Siêu thị\nOnline"));
            tx.insert(LeadEntities.ANSWER, Uuid7.next(), Map.of("lead_id", leadId, "question_id", q2,
                    "value", "cần chứng nhận hữu cơ"));
            tx.insert(LeadEntities.MERGE, Uuid7.next(), Map.of("lead_id", leadId, "merged_id", Uuid7.next(),
                    "fair_id", fairId, "staff", "Mai", "notes", "Gặp lại ở quầy B12"));
            return null;
        });
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            List<CSVRecord> rows = p.getRecords();
            return rows;
        }
    }

    private static Map<String, String> row(List<CSVRecord> rows, int i) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        List<String> header = rows.get(0).toList();
        for (int c = 0; c < header.size(); c++) {
            m.put(header.get(c).replace("\uFEFF", ""), rows.get(i).get(c));
        }
        return m;
    }
}
