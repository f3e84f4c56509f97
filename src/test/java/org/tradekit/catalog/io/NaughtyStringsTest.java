package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tradekit.catalog.Product;
import org.tradekit.text.Fold;

/**
 * The Big List of Naughty Strings as product names and as SKUs: each one either imports and
 * survives export and re-import exactly, or is refused with a clear problem; never an exception.
 */
class NaughtyStringsTest {
    private static final Set<String> CLEAR_REFUSALS = Set.of("import.error.controlChars", "catalog.error.nameRequired",
            "catalog.error.skuRequired", "catalog.error.skuInvalid", "import.error.duplicateSku", "catalog.error.tooLong");
    static List<String> naughty;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NaughtyStringsTest.class.getResourceAsStream("/fuzz-strings/blns/blns.json")) {
            naughty = new ObjectMapper().readValue(in, new TypeReference<List<String>>() {
            });
        }
        assertThat(naughty).hasSizeGreaterThan(500);
    }

    enum Use {
        NAME, SKU
    }

    @ParameterizedTest
    @EnumSource(Use.class)
    void everyNaughtyStringImportsExactlyOrIsRefusedClearly(Use use) throws IOException {
        Path file = dir.resolve("naughty.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
            out.printRecord("sku", "name_vi", "name_en");
            for (int i = 0; i < naughty.size(); i++) {
                String s = naughty.get(i);
                out.printRecord(use == Use.SKU ? s : "N-" + i, use == Use.NAME ? s : "Tên " + i, "Name " + i);
            }
        }
        Map<String, String> exported;
        try (TestCatalog cat = new TestCatalog(dir.resolve("a"))) {
            ImportReport r = cat.importFile(file, new ImportOptions(ImportMode.SKIP_BAD, false));
            assertThat(r.rowsRead()).isEqualTo(naughty.size());
            assertThat(r.created() + r.refused()).isEqualTo(naughty.size());
            assertThat(r.problems()).allSatisfy(p -> assertThat(CLEAR_REFUSALS).contains(p.key()));
            Map<Long, String> refusedRows = new HashMap<>();
            r.problems().forEach(p -> refusedRows.put(p.row(), p.key()));
            for (int i = 0; i < naughty.size(); i++) {
                String s = naughty.get(i);
                long row = i + 2; // the header is line 1 and no naughty string holds a line break
                if (refusedRows.containsKey(row)) {
                    continue;
                }
                Product p = cat.bySku(use == Use.SKU ? Fold.clean(s) : "N-" + i);
                assertThat(use == Use.SKU ? p.sku() : p.nameVi()).as("row %d", row).isEqualTo(Fold.clean(s));
            }
            assertThat(r.created()).as("most of the list is ordinary text to a catalog")
                    .isGreaterThan(naughty.size() * 3L / 4); // SKUs like NULL/null are one code: the second is refused
            exported = cat.snapshot();
            for (FileFormat format : List.of(FileFormat.CSV, FileFormat.XLSX)) {
                Path export = dir.resolve("export." + format.extension());
                cat.exporter.export(format, export, org.tradekit.work.Work.NONE);
                try (TestCatalog copy = new TestCatalog(dir.resolve("copy-" + format.extension()))) {
                    ImportReport back = copy.importFile(export);
                    assertThat(back.problems()).as(format.name()).isEmpty();
                    assertThat(copy.snapshot()).as(format.name()).isEqualTo(exported);
                }
            }
        }
    }
}
