package org.tradekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code tradekit products import|export} and {@code tradekit bench import|make-csv} with real files and data dirs. */
class ProductsImportExportCommandTest {
    @TempDir
    Path dir;

    Path data() {
        return dir.resolve("data");
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    @Test
    void importsAndReports() throws IOException {
        Path f = file("ok.csv", "\uFEFFsku;Tên sản phẩm;Giá bán lẻ\nA;Chè;120.000 ₫\nB;Cà phê;95.000đ\n");
        CliRun r = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Read 2 rows from ok.csv (CSV, UTF-8, separator \";\").")
                .contains("Created 2, updated 0, unchanged 0, refused 0.").contains("Imported 2 rows in ");
        assertThat(r.err()).contains("Importing: 2 rows read");
        assertThat(CliRun.products(data())).isEqualTo(2);

        CliRun again = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString());
        assertThat(again.out()).contains("Created 0, updated 0, unchanged 2, refused 0.");
        assertThat(CliRun.products(data())).isEqualTo(2);
    }

    @Test
    void refusedRowsAreListedByRowAndColumnAndNothingIsWritten() throws IOException {
        Path f = file("bad.csv", "sku,name_vi,gtin\nA,Chè,9520001000003\nB,Cà phê,9520001000004\nC,,\n");
        CliRun r = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString());
        assertThat(r.exit()).isEqualTo(Cli.REFUSED);
        assertThat(r.out()).contains("Would create 1, update 0, leave unchanged 0; refused 2.")
                .contains("row 3, column gtin: Wrong check digit: the last digit should be 3.")
                .contains("row 4, column name_vi: Enter a name in Vietnamese or English.")
                .contains("Nothing was written: 2 rows were refused. Fix them, or import again with --skip-bad "
                        + "to import the 1 good rows.");
        assertThat(CliRun.products(data())).isZero();

        CliRun vi = CliRun.in("vi", "--data-dir", data().toString(), "products", "import", f.toString());
        assertThat(vi.out()).contains("dòng 3, cột gtin: Sai số kiểm tra: chữ số cuối phải là 3.");

        CliRun skip = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString(), "--skip-bad");
        assertThat(skip.exit()).isEqualTo(Cli.REFUSED);
        assertThat(skip.out()).contains("Imported 1 good rows; 2 refused rows were left out");
        assertThat(CliRun.products(data())).isEqualTo(1);
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        Path f = file("ok.csv", "sku,name_vi\nA,Chè\n");
        CliRun r = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString(), "--dry-run");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Would create 1, update 0, leave unchanged 0; refused 0.")
                .contains("Dry run: nothing was written.");
        assertThat(CliRun.products(data())).isZero();
    }

    @Test
    void unknownHeadersAreMappedOnTheCommandLine() throws IOException {
        Path f = file("map.csv", "Article,Tên,Ghi chú\nA,Chè,Ngon\n");
        CliRun noSku = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString());
        assertThat(noSku.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noSku.err()).contains("No column holds the SKU. Columns in the file: Article, Tên, Ghi chú.");
        CliRun r = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString(),
                "--map", "Article=sku", "--map", "Ghi chú=description_vi");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("is not imported");
        CliRun bad = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString(), "--map", "Article=price");
        assertThat(bad.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("Unknown column \"price\" in --map.");
        CliRun missing = CliRun.en("--data-dir", data().toString(), "products", "import", f.toString(), "--map",
                "Giá=price_vnd");
        assertThat(missing.err()).contains("The file has no column \"Giá\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "empty", "blank", "header", "png", "xlsx", "xls", "folder"})
    void filesThatCannotBeImportedGiveAClearMessageAndTouchNothing(String kind) throws IOException {
        Path f = switch (kind) {
            case "missing" -> dir.resolve("nothere.csv");
            case "empty" -> Files.write(dir.resolve("empty.csv"), new byte[0]);
            case "blank" -> file("blank.csv", "\n\n  \n");
            case "header" -> file("header.csv", "sku,name_vi\n");
            case "png" -> Files.write(dir.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0,
                0, 0, 13, 'I', 'H', 'D', 'R'});
            case "xlsx" -> Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
            case "xls" -> Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
            default -> dir;
        };
        String expected = switch (kind) {
            case "missing" -> "File not found: ";
            case "empty", "blank" -> "is empty.";
            case "header" -> "has column names but no product rows.";
            case "png" -> "is not a CSV or Excel file.";
            case "xlsx" -> "is damaged or is not a workbook";
            case "xls" -> "is an old Excel file (.xls).";
            default -> "is a folder, not a file.";
        };
        for (String lang : new String[] {"en", "vi"}) {
            CliRun r = CliRun.in(lang, "--data-dir", data().toString(), "products", "import", f.toString());
            assertThat(r.exit()).isEqualTo(Cli.BAD_INPUT);
            if (lang.equals("en")) {
                assertThat(r.err()).contains(expected);
            } else {
                assertThat(r.err()).doesNotContain("import.error").isNotBlank();
            }
            assertThat(r.out()).isEmpty();
        }
        assertThat(data()).as("the store is not even opened").doesNotExist();
    }

    @Test
    void exportsAllThreeFormatsAndTheCsvImportsBack() throws IOException {
        CliRun demo = CliRun.en("--data-dir", data().toString(), "demo-data", "--products", "40");
        assertThat(demo.exit()).isZero();
        for (String format : new String[] {"csv", "xlsx", "json"}) {
            Path out = dir.resolve("catalog." + format);
            CliRun r = CliRun.en("--data-dir", data().toString(), "products", "export", "--format", format, "--out",
                    out.toString());
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Exported 40 products to " + out);
            assertThat(Files.size(out)).isPositive();
        }
        Path other = dir.resolve("other");
        CliRun back = CliRun.en("--data-dir", other.toString(), "products", "import", dir.resolve("catalog.csv").toString());
        assertThat(back.out()).contains("Created 40,");
        CliRun xlsx = CliRun.en("--data-dir", other.toString(), "products", "import", dir.resolve("catalog.xlsx").toString());
        assertThat(xlsx.out()).contains("Excel workbook, first sheet").contains("unchanged 40");

        CliRun bad = CliRun.en("--data-dir", data().toString(), "products", "export", "--format", "pdf", "--out", "x.pdf");
        assertThat(bad.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("Unknown format \"pdf\"");
        CliRun noDir = CliRun.en("--data-dir", data().toString(), "products", "export", "--format", "csv", "--out",
                dir.resolve("no/such/dir.csv").toString());
        assertThat(noDir.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noDir.err()).contains("does not exist");
    }

    @Test
    void benchImportUsesAThrowawayCatalogUnlessKept() throws IOException {
        Path csv = dir.resolve("bench.csv");
        CliRun make = CliRun.en("bench", "make-csv", csv.toString(), "--rows", "1500");
        assertThat(make.exit()).isZero();
        assertThat(make.out()).contains("Wrote 1,500 demo products to");
        assertThat(Files.readAllLines(csv, UTF_8)).hasSize(1501);

        CliRun r = CliRun.en("--data-dir", data().toString(), "bench", "import", csv.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Imported 1,500 rows: 1,500 created").contains("a temporary data directory")
                .containsPattern("(?m)^rows=1500$").containsPattern("(?m)^ms=\\d+$")
                .containsPattern("(?m)^rows_per_s=\\d+$");
        assertThat(data()).as("the user's catalog is untouched").doesNotExist();

        CliRun kept = CliRun.en("--data-dir", data().toString(), "bench", "import", csv.toString(), "--keep");
        assertThat(kept.out()).contains("(into " + data() + ")");
        assertThat(CliRun.products(data())).isEqualTo(1500);
    }

    @Test
    void helpIsLocalized() {
        CliRun en = CliRun.en("products", "import", "--help");
        assertThat(en.out()).contains("Imports products from a CSV or Excel (.xlsx) file").contains("--skip-bad")
                .contains("Import the good rows even when some rows are").contains("Check every row and print the report");
        CliRun vi = CliRun.in("vi", "bench", "import", "--help");
        assertThat(vi.out()).contains("Đo thời gian nhập tệp FILE").contains("--keep");
        CliRun export = CliRun.en("products", "export", "--help");
        assertThat(export.out()).contains("Exports all products to CSV");
    }
}
