package org.tradekit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.ProductFilter;
import org.tradekit.catalog.ProductSearch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit bench search}: p50 and p95 latency of ranked top-50 searches over the current
 * data, for a fixed set of varied queries (broad and narrow, with and without marks, codes, junk).
 */
@Command(name = "search", mixinStandardHelpOptions = true)
final class BenchSearchCommand implements Callable<Integer> {
    static final List<String> QUERIES = List.of("ca phe", "Cà phê", "dac san dak lak", "Đặc sản Đắk Lắk", "mat ong",
            "nuoc mam", "nước mắm cá cơm", "tra", "chè shan tuyết", "hoà", "hòa", "ST25", "gao huu co", "long nhan",
            "hung yen", "pepper", "gift box", "premium coffee", "honey 500ml", "x", "a", "9520001", "TEA-000013",
            "\"(", "-x AND y*", "name: ^foo", "zzzzqqq", "c", "ca", "dried mango");

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", descriptionKey = "cli.opt.rounds")
    int rounds;

    @Option(names = "--limit", defaultValue = "50", descriptionKey = "cli.opt.limit")
    int limit;

    @Override
    public Integer call() {
        RootCommand root = bench.root;
        try (AppContext app = root.open()) {
            ProductSearch search = app.productSearch();
            LocalDate today = LocalDate.now(root.clock());
            for (String q : QUERIES) { // warm up caches and the JIT
                search.search(ProductFilter.query(q), limit, today);
            }
            long[] samples = new long[QUERIES.size() * rounds];
            int i = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    long t0 = System.nanoTime();
                    search.search(ProductFilter.query(q), limit, today);
                    samples[i++] = System.nanoTime() - t0;
                }
            }
            Percentiles p = Percentiles.of(samples);
            PrintWriter out = spec.commandLine().getOut();
            out.println(root.messages().get("cli.bench.search.result", app.products().count(), QUERIES.size(),
                    samples.length, limit));
            out.printf("p50_ms=%.2f%np95_ms=%.2f%nmax_ms=%.2f%n", p.p50Ms(), p.p95Ms(), p.maxMs());
            out.flush();
            return 0;
        }
    }
}
