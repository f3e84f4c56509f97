package org.tradekit.trace.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.TraceFixture;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.trace.event.DocumentType;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.Inspection;
import org.tradekit.trace.event.InspectionCheck;
import org.tradekit.trace.event.Party;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.place.Location;
import org.tradekit.trace.place.LocationKind;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The consumer site of a small tea chain on a real data directory, read back as files and parsed. */
class ConsumerSiteTest extends TraceTestBase {
    static final String DOMAIN = "truyxuat.htx-shan.vn";
    static final String GTIN13 = "9520000000011";
    static final String HOSTILE_NAME = "Shan Tuyet <script>alert('x')</script> & \"tea\"";

    String gtinPack;
    String dried;
    String pack;
    String hostilePlace;
    String driedCode = "TD/01&x";

    @BeforeEach
    void chain() throws IOException {
        CoopProfile p = f.app.coopProfile().load().orElse(CoopProfile.empty());
        f.app.coopProfile().save(new CoopProfile(p.id(), "HTX Chè Shan Tuyết <b>", "Shan Tuyet Tea Coop", "Thôn 3", "Hà Giang",
                "0912 345 678", null, null, null, null, DOMAIN, p.currency()));
        gtinPack = f.app.catalog().save(org.tradekit.TestContexts.product("TEA-G200", "Chè Shan Tuyết hộp 200g", HOSTILE_NAME)
                .with(ProductField.GTIN, GTIN13).with(ProductField.UNIT, "pcs").with(ProductField.SHELF_LIFE_DAYS, 365L)
                .with(ProductField.OCOP_STARS, 4L).with(ProductField.OCOP_DECISION_DATE, java.time.LocalDate.of(2025, 1, 10))
                .with(ProductField.OCOP_EXPIRY_DATE, java.time.LocalDate.of(2028, 1, 10))
                .withCertifications(List.of(Certification.of("VietGAP", "VG-123 <i>", java.time.LocalDate.of(2027, 6, 30)),
                        Certification.of("Organic", "OLD-1", java.time.LocalDate.of(2020, 1, 1))))).id();
        hostilePlace = f.app.locations().save(Location.of(hostileStrings().get(0), LocationKind.WAREHOUSE)).id();
        String h1 = f.harvest(f.mai, f.maiPlot, 120, 0);
        String h2 = f.harvest(f.pao, f.paoPlot, 80, 0);
        f.harvest(f.sinh, f.sinhPlot, 50, 0); // another member's harvest, not in this chain
        TraceEvent drying = f.app.eventRecorder().record(EventDraft.of(EventKind.PROCESSING, TraceFixture.at(1, 9)).at(f.dryer)
                .by("Trần Thị Lan").step(ProcessStep.DRYING).take(h1, 120).take(h2, 80)
                .make(Lot.of(f.driedTea, "kg", TraceFixture.DAY.plusDays(1)).withCode(driedCode), 44));
        dried = drying.body().outputs().get(0).lot();
        f.app.eventRecorder().record(EventDraft.of(EventKind.INSPECTION, TraceFixture.at(2, 10)).at(hostilePlace).by("Lan")
                .observe(dried, null).result(Inspection.of(true, List.of(new InspectionCheck("Độ ẩm", "6.5 %", true)))));
        TraceEvent packing = f.app.eventRecorder().record(EventDraft.of(EventKind.PACKING, TraceFixture.at(3, 8)).at(f.warehouse)
                .take(dried, 2).make(Lot.of(gtinPack, "pcs", TraceFixture.DAY.plusDays(3)), 10));
        pack = packing.body().outputs().get(0).lot();
        f.app.eventRecorder().record(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(4, 14)).at(f.warehouse).take(pack, 4)
                .to(Party.of(PartyType.BUYER, "Tokyo Green Tea Co., Ltd.")).document(DocumentType.INVOICE, "HD 0042/2026"));
    }

    static List<String> hostileStrings() throws IOException {
        List<String> all = new ObjectMapper().readerForListOf(String.class)
                .readValue(Path.of("src/test/resources/fuzz-strings/blns/blns.json").toFile());
        List<String> out = new ArrayList<>();
        for (String s : all) {
            if ((s.contains("<") || s.contains("&")) && s.strip().equals(s) && s.chars().noneMatch(c -> c < 0x20)) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void everyLotHasAPageInBothLanguagesAtItsLinksPath() throws Exception {
        Path out = dir.resolve("site");
        ConsumerSite.Result r = f.app.consumerSite().export(out, Work.NONE);
        String packCode = f.app.lots().find(pack).orElseThrow().code();

        assertThat(r.lots()).isEqualTo(5); // three harvests, the dried lot, the packs
        Path packPage = out.resolve("01/0" + GTIN13 + "/10/" + packCode + "/index.html");
        assertThat(packPage).isRegularFile();
        assertThat(packPage.resolveSibling("en.html")).isRegularFile();
        assertThat(f.app.lotLinks().uri(pack, null)).startsWith("https://" + DOMAIN + "/01/0" + GTIN13 + "/10/" + packCode);
        // a product without GTIN: the fallback path, the lot code percent-encoded as the link encodes it
        Path driedPage = out.resolve("p/TEA-DRY/10/TD%2F01%26x/index.html");
        assertThat(f.app.lotLinks().uri(dried, null)).isEqualTo("https://" + DOMAIN + "/p/TEA-DRY/10/TD%2F01%26x");
        assertThat(driedPage).isRegularFile();
        assertThat(out.resolve(ConsumerSite.ASSETS)).isDirectory();

        String vi = Files.readString(packPage);
        String en = Files.readString(packPage.resolveSibling("en.html"));
        String viText = text(vi);
        String enText = text(en);
        assertThat(viText).contains("Chè Shan Tuyết hộp 200g", packCode, "HTX Chè Shan Tuyết <b>", "Hà Giang",
                "Xã Tả Van", "Đồi chè 1", "Xã Lũng Cú", "Nương sau nhà", "Thu hoạch", "Sấy", "Kiểm tra", "Đạt", "Độ ẩm: 6.5 %",
                "Đóng gói", "Xuất hàng", "Người mua", "OCOP 4 sao", "VG-123 <i>", "365 ngày", "Chè khô", "TD/01&x",
                "Mã truy xuất: https://" + DOMAIN + "/01/0" + GTIN13 + "/10/" + packCode);
        assertThat(enText).contains(HOSTILE_NAME, "Shan Tuyet Tea Coop", "Harvest", "Drying", "Inspection", "Passed",
                "Packing", "Shipping", "Buyer", "OCOP 4 stars", "Production / harvest date");
        assertThat(viText.indexOf("Thu hoạch")).isLessThan(viText.indexOf("Sấy"));
        assertThat(viText.indexOf("Sấy")).isLessThan(viText.indexOf("Đóng gói"));
        for (String page : List.of(vi, en)) { // what a label does not carry stays off the page
            assertThat(page).doesNotContain("Lò Thị Mai", "Giàng A Páo", "Trần Thị Lan", "Tokyo Green Tea", "0912 345 678",
                    "HD 0042", "OLD-1", "Vàng Thị Sính", "Thửa 3", "<script");
        }
        assertThat(vi).contains("href=\"en.html\"").contains("lang=\"vi\"");
        assertThat(en).contains("href=\"index.html\"").contains("lang=\"en\"");
        assertThat(vi).doesNotContainPattern("(src|href)=\"(https?:)?//"); // nothing fetched from elsewhere
    }

    @Test
    void everyPageIsWellFormedAndHostileTextComesBackExactly() throws Exception {
        List<String> hostile = hostileStrings();
        assertThat(hostile).hasSizeGreaterThan(20);
        String place = f.app.locations().find(hostilePlace).orElseThrow().name();
        Path out = dir.resolve("site");
        f.app.consumerSite().export(out, Work.NONE);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSize(10);
        for (Path page : pages) {
            text(Files.readString(page, StandardCharsets.UTF_8)); // throws when not well-formed
        }
        String dried = text(Files.readString(out.resolve("p/TEA-DRY/10/TD%2F01%26x/index.html")));
        assertThat(dried).contains(place);

        // every hostile string as a place name round-trips through a page unchanged
        for (String h : hostile.subList(0, Math.min(40, hostile.size()))) {
            String html = new LotPageHtml(new SiteTexts("en"), CoopProfile.empty(), TraceFixture.DAY)
                    .render(new LotPage("p/X/10/1", "https://x/p/X/10/1", h, null, Product.draft()
                            .with(ProductField.NAME_EN, h), null, null, null, List.of(new LotPage.Origin(h, h, h)),
                            List.of(new LotPage.Step(TraceFixture.DAY, "harvest", null, h, h, h, h, true, List.of(h), null,
                                    false)), null), "index.html", "../assets/");
            assertThat(text(html)).as(h).contains(h);
        }
    }

    @Test
    void theProductPhotoIsCopiedOnceDownsizedAndLinkedRelatively() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(2000, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path photo = dir.resolve("tea.png");
        javax.imageio.ImageIO.write(img, "png", photo.toFile());
        f.app.productPhotos().add(gtinPack, photo, null);
        f.app.eventRecorder().record(EventDraft.of(EventKind.PACKING, TraceFixture.at(3, 9)).at(f.warehouse)
                .take(dried, 2).make(Lot.of(gtinPack, "pcs", TraceFixture.DAY.plusDays(3)), 10));
        Path out = dir.resolve("site");
        ConsumerSite.Result r = f.app.consumerSite().export(out, Work.NONE);
        assertThat(r.photos()).isEqualTo(1);
        List<Path> assets;
        try (Stream<Path> s = Files.list(out.resolve(ConsumerSite.ASSETS))) {
            assets = s.toList();
        }
        assertThat(assets).hasSize(1);
        java.awt.image.BufferedImage small = javax.imageio.ImageIO.read(assets.get(0).toFile());
        assertThat(small.getWidth()).isEqualTo(800);
        String packCode = f.app.lots().find(pack).orElseThrow().code();
        Path page = out.resolve("01/0" + GTIN13 + "/10/" + packCode + "/index.html");
        String src = Files.readString(page).replaceAll("(?s).*<img src=\"([^\"]+)\".*", "$1");
        assertThat(page.getParent().resolve(src).normalize()).isEqualTo(assets.get(0).normalize());
    }

    @Test
    void aCancelledExportLeavesThePreviousSiteAndNoHalfOne() throws Exception {
        Path out = dir.resolve("site");
        f.app.consumerSite().export(out, Work.NONE);
        Path marker = out.resolve(ConsumerSite.MARKER);
        long before = countFiles(out);
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        assertThatThrownBy(() -> f.app.consumerSite().export(out, new Work(p -> { }, cancel)))
                .isInstanceOf(CancellationException.class);
        assertThat(marker).isRegularFile();
        assertThat(countFiles(out)).isEqualTo(before);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("site."));
        }
        Path fresh = dir.resolve("fresh");
        assertThatThrownBy(() -> f.app.consumerSite().export(fresh, new Work(p -> { }, cancel)))
                .isInstanceOf(CancellationException.class);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aFolderHoldingOtherFilesIsNotOverwritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(out.resolve("thesis.docx"), "mine");
        assertThatThrownBy(() -> f.app.consumerSite().export(out, Work.NONE))
                .isInstanceOfSatisfying(TraceException.class, e -> assertThat(e.key()).isEqualTo("trace.site.error.notSite"));
        assertThat(out.resolve("thesis.docx")).hasContent("mine");
    }

    static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.count();
        }
    }

    /** The page's text, parsed as XML: fails on anything not well-formed (an unescaped {@code <} or {@code &}). */
    static String text(String html) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html))).getDocumentElement().getTextContent();
    }
}
