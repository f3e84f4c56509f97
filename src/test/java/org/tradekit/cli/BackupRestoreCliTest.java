package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.i18n.Messages;
import org.tradekit.photo.TestImages;

import picocli.CommandLine;

class BackupRestoreCliTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String lang, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = Cli.build(() -> {
        }, clock, Messages.of(lang));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cl.execute(all);
    }

    @Test
    void backupThenRestoreFromTheCommandLine() throws IOException {
        assertThat(run("en", "demo-data", "--products", "30")).isZero();
        Path photo = TestImages.write(elsewhere, "p.jpg", TestImages.encode(TestImages.halves(500, 400, false), "jpg"));
        assertThat(run("en", "products", "search", "a", "--limit", "1")).isZero();
        String sku = out.toString().split("\t")[0];
        assertThat(run("en", "photos", "add", sku, photo.toString())).isZero();
        assertThat(out.toString()).contains("p.jpg: ", "500 x 400 px", "image/jpeg");

        Path file = elsewhere.resolve("coop.zip");
        assertThat(run("en", "backup", "--out", file.toString())).isZero();
        assertThat(out.toString()).startsWith("Backup written to " + file + ": 30 products, 1 photos");
        assertThat(file).isRegularFile();

        assertThat(run("en", "restore", file.toString())).isZero();
        assertThat(out.toString()).contains("is sound", "30 products, 1 photos", "Restored. The data it replaced was saved to");
        assertThat(run("en", "products", "search", sku)).isZero();
        assertThat(out.toString()).startsWith(sku + "\t");
    }

    @Test
    void aBadFileOrARefusedPhotoEndsWithANonZeroCodeAndAMessage() throws IOException {
        assertThat(run("en", "demo-data", "--products", "5")).isZero();
        Path junk = Files.write(elsewhere.resolve("junk.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 9});
        Path text = Files.writeString(elsewhere.resolve("label.jpg"), "nhãn");

        assertThat(run("vi", "restore", junk.toString())).isEqualTo(Cli.STORE_ERROR);
        assertThat(err.toString()).contains("junk.zip", "bị hỏng", "Chưa có gì bị thay đổi");
        assertThat(run("en", "restore", elsewhere.resolve("missing.zip").toString())).isEqualTo(Cli.STORE_ERROR);
        assertThat(err.toString()).contains("does not exist");
        assertThat(run("en", "photos", "add", "NO-SUCH-SKU", text.toString())).isEqualTo(Cli.REFUSED);
        assertThat(err.toString()).contains("No product has the SKU NO-SUCH-SKU");
    }

    @Test
    void helpIsLocalized() {
        assertThat(run("vi", "restore", "--help")).isZero();
        assertThat(out.toString()).contains("Khôi phục một tệp sao lưu", "Bản sao lưu cần khôi phục");
        assertThat(run("en", "backup", "--help")).isZero();
        assertThat(out.toString()).contains("--out=FILE", "--no-photos", "Leave the photos out");
    }
}
