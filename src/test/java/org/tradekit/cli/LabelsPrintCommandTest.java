package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradekit labels --lot LOT --template NAME --count N --out FILE.pdf ...} as a user types it. */
class LabelsPrintCommandTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    String lotCode;

    @BeforeEach
    void aHarvestedLot() {
        lotCode = LabelCliFixture.harvestedLot(dataDir, (app, f) -> { });
    }

    @Test
    void printsARunStartingAtLabelSevenToThePdfAndSaysWhatItWrote() throws Exception {
        Path pdf = outDir.resolve("nhan.pdf");
        CliRun r = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L7160",
                "--count", "40", "--start-at", "7", "--serials", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Đã ghi 40 nhãn trên 3 trang vào " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3); // 6 used + 40 = 46 slots of 21
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Chè búp tươi", "Lô: " + lotCode);
        }
    }

    @Test
    void serialisedRunsAreRecordedContinueTheirSerialsAndShowInTheLotsHistoryAndRecall() throws Exception {
        String[] base = {"--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L7160", "--serials"};
        CliRun first = CliRun.en(concat(base, "--count", "30", "--out", outDir.resolve("a.pdf").toString()));
        assertThat(first.exit()).as(first.err()).isZero();
        Matcher m1 = RECORDED.matcher(first.out());
        assertThat(m1.find()).as(first.out()).isTrue();
        CliRun second = CliRun.en(concat(base, "--count", "5", "--out", outDir.resolve("b.pdf").toString()));
        assertThat(second.exit()).as(second.err()).isZero();
        Matcher m2 = RECORDED.matcher(second.out());
        assertThat(m2.find()).as(second.out()).isTrue();
        String tag = m1.group(1);
        assertThat(m1.group(2) + ".." + m1.group(3)).isEqualTo("1..30");
        assertThat(m2.group(1) + "-" + m2.group(2) + ".." + m2.group(3)).as("the next run goes on").isEqualTo(tag + "-31..35");

        CliRun plain = CliRun.en("--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L7160",
                "--count", "2", "--out", outDir.resolve("c.pdf").toString());
        assertThat(plain.out()).contains("Recorded the print run: no serials.");

        CliRun history = CliRun.in("vi", "--data-dir", dataDir.toString(), "trace", "history", lotCode);
        assertThat(history.exit()).as(history.err()).isZero();
        List<String> lines = history.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Lô " + lotCode);
        assertThat(lines.get(1)).as("the harvest first, in time order").contains("Thu hoạch");
        assertThat(lines.subList(2, lines.size())).hasSize(3).allMatch(l -> l.split("\t")[1].equals("Lần in nhãn"));
        assertThat(lines.get(2)).contains("30 nhãn", "số sê-ri " + tag + "-1 – " + tag + "-30", "mẫu trace trên Avery L7160",
                "in ra a.pdf", "người in " + System.getProperty("user.name"));
        assertThat(lines.get(3)).contains("5 nhãn", "số sê-ri " + tag + "-31 – " + tag + "-35", "in ra b.pdf");
        assertThat(lines.get(4)).contains("2 nhãn", "không đánh số sê-ri", "in ra c.pdf");

        Path csv = outDir.resolve("recall.csv");
        CliRun recall = CliRun.en("--data-dir", dataDir.toString(), "trace", "recall", lotCode, "--csv", csv.toString());
        assertThat(recall.exit()).as(recall.err()).isZero();
        assertThat(recall.out()).contains("Labels printed:", "serials " + tag + "-31 – " + tag + "-35");
        assertThat(Files.readString(csv)).contains("Print run", "serials " + tag + "-1 – " + tag + "-30");
    }

    private static final Pattern RECORDED = Pattern.compile("Recorded the print run: serials (\\w{4})-(\\d+) – \\w{4}-(\\d+)\\.");

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void anUnknownTemplateOrLotIsSaidInWordsAndWritesNothing() throws Exception {
        Path pdf = outDir.resolve("x.pdf");
        CliRun template = CliRun.en("--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L9999",
                "--count", "3", "--out", pdf.toString());
        assertThat(template.exit()).isEqualTo(Cli.REFUSED);
        assertThat(template.err()).contains("Unknown label stock \"Avery L9999\"");

        CliRun lot = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--lot", "KHONG-CO", "--template",
                "Avery L7160", "--count", "3", "--out", pdf.toString());
        assertThat(lot.exit()).isEqualTo(Cli.REFUSED);
        assertThat(lot.err().strip()).isEqualTo("Không có lô nào có mã \"KHONG-CO\".");

        CliRun noOut = CliRun.en("--data-dir", dataDir.toString(), "labels", "--lot", lotCode, "--template", "Avery L7160");
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("give --template NAME and --out FILE.pdf");
        try (var files = Files.list(outDir)) {
            assertThat(files).isEmpty();
        }
    }
}
