package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.DemoData;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.Translation;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

/** Exports read back: CSV and XLSX re-import to the same catalog, JSON holds every product whole. */
class ProductExporterTest {
    @TempDir
    Path dir;
    TestCatalog cat;

    @BeforeEach
    void fill() {
        cat = new TestCatalog(dir.resolve("a"));
        new DemoData(cat.db).generate(300, 7, TestCatalog.TODAY, Work.NONE);
        CatalogService service = new CatalogService(cat.db, cat.products, TestCatalog.CLOCK);
        service.save(Product.draft().with(ProductField.SKU, "EDGE-1")
                .with(ProductField.NAME_VI, "Nước mắm \"nhĩ\", 40°; loại 1")
                .with(ProductField.NAME_EN, "=1+1 \u202Eright-to-left")
                .with(ProductField.DESCRIPTION_VI, "Dòng một\r\nDòng hai\nDòng ba, có dấu phẩy; chấm phẩy | gạch")
                .with(ProductField.NET_QUANTITY, 1.234)
                .with(ProductField.EXPORT_PRICE_USD, 5L)
                .with(ProductField.PRICE_VND, 0L)
                .with(ProductField.GTIN, "00012345600012")
                .with(ProductField.STATUS, "archived")
                .with(ProductField.OCOP_STARS, 5L)
                .with(ProductField.OCOP_LEVEL, "national")
                .with(ProductField.OCOP_DECISION_DATE, LocalDate.of(2025, 2, 28))
                .withCertifications(List.of(new Certification(null, "HACCP", null, null),
                        new Certification(null, "Fairtrade", "FT 7/2", null),
                        new Certification(null, "Organic", null, LocalDate.of(2027, 12, 31))))
                .withTranslations(List.of(new Translation(null, "zh", "鱼露", null),
                        new Translation(null, "ko", "피시 소스", "베트남 전통 피시 소스"))));
        service.save(Product.draft().with(ProductField.SKU, "EDGE-2").with(ProductField.NAME_EN, "Only English")
                .with(ProductField.NET_QUANTITY, 0.1 + 0.2));
    }

    @AfterEach
    void close() {
        cat.close();
    }

    @ParameterizedTest
    @EnumSource(value = FileFormat.class, names = {"CSV", "XLSX"})
    void anExportReimportsToTheSameCatalog(FileFormat format) {
        Path file = dir.resolve("catalog." + format.extension());
        assertThat(cat.exporter.export(format, file, Work.NONE)).isEqualTo(302);
        Map<String, String> original = cat.snapshot();
        try (TestCatalog copy = new TestCatalog(dir.resolve("b"))) {
            ImportReport r = copy.importFile(file);
            assertThat(r.problems()).isEmpty();
            assertThat(r.created()).isEqualTo(302);
            assertThat(copy.snapshot()).isEqualTo(original);
        }
        long changes = cat.changeCount();
        ImportReport again = cat.importFile(file);
        assertThat(again.unchanged()).isEqualTo(302);
        assertThat(cat.changeCount()).as("re-importing an export changes nothing").isEqualTo(changes);
    }

    @Test
    void csvIsUtf8WithBomAndCanonicalHeaders() throws IOException {
        Path file = dir.resolve("catalog.csv");
        cat.exporter.export(FileFormat.CSV, file, Work.NONE);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays3.head(bytes, 3)).containsExactly(TestCatalog.BOM);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("\uFEFFsku,name_vi,name_en,category,ocop_stars,"
                + "gtin,net_quantity,unit,price_vnd,wholesale_price_vnd,export_price_usd,moq,hs_code,province,"
                + "shelf_life_days,certifications,description_vi,description_en,").endsWith(",name_ko,description_ko,"
                + "name_zh,description_zh");
        assertThat(text).contains("EDGE-1,\"Nước mắm \"\"nhĩ\"\", 40°; loại 1\"")
                .contains(",1.2340,").contains(",0.05,").contains("Fairtrade:FT 7/2; HACCP; Organic::2027-12-31");
    }

    @Test
    void jsonHoldsEveryProductWithItsChildRows() throws IOException {
        Path file = dir.resolve("catalog.json");
        cat.exporter.export(FileFormat.JSON, file, Work.NONE);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("format").asText()).isEqualTo("tradekit.products");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        Map<String, JsonNode> bySku = new TreeMap<>();
        root.get("products").forEach(p -> bySku.put(p.get("sku").asText(), p));
        assertThat(bySku).hasSize(302);
        cat.products.forEach(p -> {
            JsonNode j = bySku.get(p.sku());
            assertThat(j.get("id").asText()).isEqualTo(p.id());
            for (ProductField f : ProductField.values()) {
                Object v = p.get(f);
                JsonNode n = j.get(f.fileColumn());
                if (v == null) {
                    assertThat(n).as(f.fileColumn()).isNull();
                } else if (f.kind() == ProductField.Kind.USD_CENTS) {
                    assertThat(n.decimalValue()).isEqualByComparingTo(BigDecimal.valueOf((Long) v, 2));
                } else if (v instanceof Long l) {
                    assertThat(n.asLong()).isEqualTo(l);
                } else if (v instanceof Double d) {
                    assertThat(n.asDouble()).isEqualTo(d);
                } else {
                    assertThat(n.asText()).as(f.fileColumn()).isEqualTo(v.toString());
                }
            }
            List<String> certs = new ArrayList<>();
            j.get("certifications").forEach(c -> certs.add(c.get("scheme").asText() + "|"
                    + (c.has("number") ? c.get("number").asText() : null) + "|"
                    + (c.has("expiry") ? c.get("expiry").asText() : null)));
            assertThat(certs).containsExactlyInAnyOrderElementsOf(p.certifications().stream()
                    .map(c -> c.scheme() + "|" + c.number() + "|" + c.expiry()).toList());
            List<String> tr = new ArrayList<>();
            j.get("translations").forEach(t -> tr.add(t.get("lang").asText() + "|" + t.get("name").asText() + "|"
                    + (t.has("description") ? t.get("description").asText() : null)));
            assertThat(tr).containsExactlyInAnyOrderElementsOf(p.translations().stream()
                    .map(t -> t.lang() + "|" + t.name() + "|" + t.description()).toList());
        });
    }

    @Test
    void aFailedOrCancelledExportLeavesNoFileBehind() throws IOException {
        assertThatThrownBy(() -> cat.exporter.export(FileFormat.CSV, dir.resolve("nope/x.csv"), Work.NONE))
                .isInstanceOf(CatalogFileException.class)
                .extracting(e -> ((CatalogFileException) e).key()).isEqualTo("export.error.noFolder");
        assertThatThrownBy(() -> cat.exporter.export(FileFormat.CSV, dir, Work.NONE))
                .isInstanceOf(CatalogFileException.class);
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "earlier export");
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        Work work = new Work(p -> {
        }, cancel);
        assertThatThrownBy(() -> cat.exporter.export(FileFormat.XLSX, out, work))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(out)).isEqualTo("earlier export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /** Small array helper: the first n bytes. */
    static final class Arrays3 {
        static byte[] head(byte[] b, int n) {
            return java.util.Arrays.copyOf(b, n);
        }
    }
}
