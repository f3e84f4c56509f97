package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.i18n.Messages;

import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(Messages messages, String... args) {
        boolean[] gui = {false};
        CommandLine cl = Cli.build(() -> gui[0] = true, TestContexts.CLOCK, messages);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertThat(gui[0]).as("a command never opens the window").isFalse();
        return new Run(code, out.toString(), err.toString());
    }

    Run run(String... args) {
        return run(new Messages(Messages.EN), args);
    }

    @Test
    void helpListsTheCommandsInTheUsersLanguage() {
        Run en = run("--help");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("demo-data", "products", "bench", "--data-dir");
        Run vi = run(new Messages(Messages.VI), "--help");
        assertThat(vi.out()).contains("Cách dùng", "Thư mục dữ liệu");
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version").out()).startsWith("Trade Kit ");
    }

    @Test
    void demoDataThenSearchPrintsSkuFirst() {
        Run demo = run("--data-dir", dir.toString(), "demo-data", "--products", "300");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("300");
        Run found = run("--data-dir", dir.toString(), "products", "search", "dac", "san", "dak", "lak", "--limit", "3");
        assertThat(found.code()).isZero();
        String[] lines = found.out().strip().split("\\R");
        assertThat(lines).hasSize(3).allSatisfy(l -> {
            assertThat(l.split("\t")[0]).startsWith("COFFEE-");
            assertThat(l).contains("Đắk Lắk");
        });
        assertThat(run("--data-dir", dir.toString(), "products", "search", "\"(").code()).isZero();
    }

    @Test
    void benchSearchPrintsPercentiles() {
        run("--data-dir", dir.toString(), "demo-data", "--products", "200");
        Run bench = run("--data-dir", dir.toString(), "bench", "search", "--rounds", "2");
        assertThat(bench.code()).isZero();
        assertThat(bench.out()).containsPattern("p50_ms=\\d+[.,]\\d+").containsPattern("p95_ms=\\d+[.,]\\d+");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("frobnicate");
    }
}
