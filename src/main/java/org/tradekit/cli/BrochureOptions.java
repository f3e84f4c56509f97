package org.tradekit.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import org.tradekit.brochure.BrochureRequest;
import org.tradekit.brochure.BrochureResult;
import org.tradekit.brochure.BrochureWarning;
import org.tradekit.brochure.GridLayout;
import org.tradekit.brochure.Paper;
import org.tradekit.brochure.Preflight;
import org.tradekit.brochure.Theme;
import org.tradekit.catalog.Product;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;

import picocli.CommandLine.Option;

/** The options {@code brochure} and {@code fair-pack} share (products, grid, paper, look) and how both print their outcome. */
final class BrochureOptions {
    @Option(names = "--products", defaultValue = "all", paramLabel = "all|SKU,...", descriptionKey = "cli.opt.brochureProducts")
    String products;

    @Option(names = "--layout", defaultValue = "grid2", paramLabel = "grid1|grid2|grid4", descriptionKey = "cli.opt.brochureLayout")
    String layout;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|a5", descriptionKey = "cli.opt.brochurePaper")
    String paper;

    @Option(names = "--theme", defaultValue = "forest", paramLabel = "forest|river|clay", descriptionKey = "cli.opt.brochureTheme")
    String theme;

    @Option(names = "--colour", paramLabel = "#RRGGBB", descriptionKey = "cli.opt.brochureColour")
    String colour;

    /** The request with these options' products, grid, paper and theme. */
    BrochureRequest apply(BrochureRequest request) {
        GridLayout g = GridLayout.of(layout).orElseThrow(() -> bad("--layout", layout));
        Paper p = Paper.of(paper).orElseThrow(() -> bad("--paper", paper));
        Theme th = Theme.of(theme).orElseThrow(() -> bad("--theme", theme));
        if (colour != null) {
            th = th.withAccent(Theme.colour(colour).orElseThrow(() -> bad("--colour", colour)));
        }
        List<String> skus = products.strip().equalsIgnoreCase("all") ? List.of()
                : Arrays.stream(products.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return request.withSkus(skus).withLayout(g, p, th);
    }

    static UserError bad(String option, String value) {
        return new UserError(Cli.REFUSED, "cli.brochure.badOption", option, value);
    }

    /** The products shown in English for want of a translation, before anything is made. */
    static void printMissing(PrintWriter out, Messages m, Preflight pre) {
        if (pre.missingTranslations().isEmpty()) {
            return;
        }
        String language = pre.request().language().locale().getDisplayLanguage(m.locale());
        if ("vi".equals(m.locale().getLanguage())) { // "tiếng Nhật" mid-sentence; English keeps "Japanese"
            language = language.substring(0, 1).toLowerCase(m.locale()) + language.substring(1);
        }
        out.println(m.get("cli.brochure.missing", pre.missingTranslations().size(), language));
        for (Product p : pre.missingTranslations()) {
            out.println("  " + p.sku() + "\t" + (p.nameEn() != null ? p.nameEn() : p.nameVi()));
        }
    }

    /** The warnings on stderr, the file written on stdout. */
    static void printResult(PrintWriter out, PrintWriter err, Messages m, BrochureResult r) {
        for (BrochureWarning w : r.warnings()) {
            err.println(m.get("cli.brochure.warning", m.get(w.key(), w.args())));
        }
        out.println(m.get("cli.brochure.done", r.file(), r.pages(), r.products(), new Formats(m.locale()).megabytes(r.bytes()),
                r.millis()));
    }
}
