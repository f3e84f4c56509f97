package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV reader against published corpora with expected parses, and the files cooperatives really have. */
class CsvSourceTest {
    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(CsvSourceTest.class.getResource("/csv-corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> spectrum() throws IOException {
        try (Stream<Path> files = Files.list(resource("csv-spectrum/csvs"))) {
            return files.map(p -> p.getFileName().toString().replace(".csv", ""))
                    .filter(n -> !n.equals("location_coordinates")) // upstream's expected JSON is wrong (SOURCE.md)
                    .sorted().toList().stream();
        }
    }

    /** Every record of a file, header included, as header-keyed maps like csv-spectrum's JSON. */
    static List<Map<String, String>> records(Path file) {
        List<Map<String, String>> out = new ArrayList<>();
        try (RowSource s = RowSource.open(file)) {
            SourceRow row;
            while ((row = s.next()) != null) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < s.headers().size(); i++) {
                    m.put(s.headers().get(i), row.cell(i));
                }
                out.add(m);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spectrum")
    void readsCsvSpectrumAsExpected(String name) throws IOException {
        List<Map<String, String>> expected;
        try (InputStream in = Files.newInputStream(resource("csv-spectrum/json/" + name + ".json"))) {
            expected = new ObjectMapper().readValue(in, new TypeReference<List<Map<String, String>>>() {
            });
        }
        assertThat(records(resource("csv-spectrum/csvs/" + name + ".csv"))).isEqualTo(expected);
    }

    @Test
    void rowNumbersAreTheLinesWhereRecordsStart() {
        List<Long> rows = new ArrayList<>();
        try (RowSource s = RowSource.open(resource("csv-spectrum/csvs/newlines_crlf.csv"))) {
            SourceRow r;
            while ((r = s.next()) != null) {
                rows.add(r.row());
            }
        }
        assertThat(rows).containsExactly(2L, 3L, 5L);
    }

    @Test
    void commonsCsvFilesWithBomJapaneseEmojiAndControlCharacters() {
        try (RowSource s = RowSource.open(resource("commons-csv/CSVFileParser/bom.csv"))) {
            assertThat(s.info().charset()).isEqualTo("UTF-8");
            assertThat(s.headers()).containsExactly("Date", "Open", "High", "Low", "Close", "Volume");
            assertThat(s.next().cells()).containsExactly("14-Mar-14", "223.80", "225.20", "220.85", "221.51", "79448141");
        }
        List<Map<String, String>> japanese = records(resource("commons-csv/CSV-196/japanese.csv"));
        assertThat(japanese.get(0).get("val1")).isEqualTo("きちんと節分近くには咲いてる。自然の力ってすごいな～");
        List<Map<String, String>> emoji = records(resource("commons-csv/CSV-196/emoji.csv"));
        assertThat(emoji.get(0).get("val1")).isEqualTo("😄".repeat(10));
        try (RowSource s = RowSource.open(resource("commons-csv/CSV-290/psql.csv"))) {
            assertThat(s.headers()).containsExactly("1", "abc", "test line 1\ntest line 2", "", "");
            SourceRow second = s.next();
            assertThat(second.row()).isEqualTo(3);
            assertThat(second.cells()).containsExactly("2", "xyz", "\\b:\b \\t:\t \\n:\n \\r:\r", "a", "b");
            assertThat(s.next().cells()).containsExactly("3", "a", "b,c,d", "\"quoted\"", "e");
        }
        try (RowSource s = RowSource.open(resource("commons-csv/CSV-213/999751170.patch.csv"))) {
            assertThat(s.info().delimiter()).isEqualTo(';');
            assertThat(s.headers()).containsExactly("CHANELID", "ADDRESS");
            assertThat(s.next().cells()).containsExactly("27", "");
        }
    }

    @Test
    void detectsTheSeparatorFromTheHeader() {
        assertThat(CsvSource.guessSeparator("sku;name;\"price, VND\"\n1,2,3,4,5,6\n")).isEqualTo(';');
        assertThat(CsvSource.guessSeparator("sku\tname\tprice\n")).isEqualTo('\t');
        assertThat(CsvSource.guessSeparator("sku|name|price\n")).isEqualTo('|');
        assertThat(CsvSource.guessSeparator("sku,name;x,y\n")).isEqualTo(',');
        assertThat(CsvSource.guessSeparator("sku\n")).isEqualTo(',');
    }

    @Test
    void excelSepLineSetsTheSeparatorAndIsNotARow() {
        Path f = TestCatalog.write(dir.resolve("sep.csv"), "sep=;\r\nsku;price\r\nA;1,5\r\n", StandardCharsets.UTF_8);
        try (RowSource s = RowSource.open(f)) {
            assertThat(s.headers()).containsExactly("sku", "price");
            SourceRow r = s.next();
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.cells()).containsExactly("A", "1,5");
        }
    }

    @Test
    void utf16WithBomAsExcelUnicodeTextSaves() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path f = TestCatalog.write(dir.resolve("u16.txt"), bom,
                "sku\tname_vi\r\nA\tĐắk Lắk\r\n".getBytes(StandardCharsets.UTF_16LE));
        try (RowSource s = RowSource.open(f)) {
            assertThat(s.info().charset()).isEqualTo("UTF-16LE");
            assertThat(s.info().delimiter()).isEqualTo('\t');
            assertThat(s.next().cells()).containsExactly("A", "Đắk Lắk");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1258WhenVietnamese() {
        Path f = TestCatalog.write(dir.resolve("ansi.csv"), "sku,name_vi\r\nA,".getBytes(StandardCharsets.US_ASCII),
                TestCatalog.CA_PHE_DAK_LAK_1258, "\r\n".getBytes(StandardCharsets.US_ASCII));
        try (RowSource s = RowSource.open(f)) {
            assertThat(s.info().charset()).isEqualTo("windows-1258");
            assertThat(s.info().charsetFallback()).isTrue();
            assertThat(org.tradekit.text.Fold.nfc(s.next().cell(1))).isEqualTo("Cà phê Đắk Lắk");
        }
        Path western = TestCatalog.write(dir.resolve("w.csv"), "sku,name_en\r\nA,Café Noël\r\n",
                Charset.forName("windows-1252"));
        try (RowSource s = RowSource.open(western)) {
            assertThat(s.info().charset()).isEqualTo("windows-1252");
            assertThat(s.next().cell(1)).isEqualTo("Café Noël");
        }
    }

    @Test
    void blankLinesAreSkippedAndCountedInRowNumbers() {
        Path f = TestCatalog.write(dir.resolve("blank.csv"), "sku,name\n\nA,x\n , \nB,y", StandardCharsets.UTF_8);
        List<Long> rows = new ArrayList<>();
        try (RowSource s = RowSource.open(f)) {
            SourceRow r;
            while ((r = s.next()) != null) {
                rows.add(r.row());
            }
        }
        assertThat(rows).containsExactly(3L, 5L);
    }

    @Test
    void filesThatAreNotTablesAreRefusedClearly() throws IOException {
        assertRefused(dir.resolve("missing.csv"), "import.error.notFound");
        assertRefused(dir, "import.error.notAFile");
        assertRefused(TestCatalog.write(dir.resolve("empty.csv"), new byte[0]), "import.error.empty");
        assertRefused(TestCatalog.write(dir.resolve("blank.csv"), "\r\n \r\n\r\n", StandardCharsets.UTF_8),
                "import.error.empty");
        assertRefused(TestCatalog.write(dir.resolve("bom-only.csv"), TestCatalog.BOM), "import.error.empty");
        assertRefused(TestCatalog.write(dir.resolve("x.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj", StandardCharsets.ISO_8859_1),
                "import.error.notTable");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1};
        assertRefused(TestCatalog.write(dir.resolve("photo.csv"), png), "import.error.notTable");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRefused(TestCatalog.write(dir.resolve("old.xls"), ole2), "import.error.oldExcel");
        assertRefused(TestCatalog.write(dir.resolve("fake.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3}),
                "import.error.xlsxDamaged");
    }

    @Test
    void aQuoteNeverClosedIsADamagedFileNamedByLine() {
        Path f = TestCatalog.write(dir.resolve("open-quote.csv"), "sku,name\nA,ok\nB,\"never closed\nC,x\n",
                StandardCharsets.UTF_8);
        try (RowSource s = RowSource.open(f)) {
            assertThat(s.next().cells()).containsExactly("A", "ok");
            assertThatThrownBy(s::next).isInstanceOf(CatalogFileException.class)
                    .satisfies(e -> {
                        CatalogFileException fe = (CatalogFileException) e;
                        assertThat(fe.key()).isEqualTo("import.error.csvDamaged");
                        assertThat(fe.args()[1]).isEqualTo(3L);
                    });
        }
    }

    static void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> RowSource.open(file).close()).as(file.toString())
                .isInstanceOf(CatalogFileException.class)
                .extracting(e -> ((CatalogFileException) e).key()).isEqualTo(key);
    }
}
