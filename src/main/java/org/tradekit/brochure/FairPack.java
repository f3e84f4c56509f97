package org.tradekit.brochure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tradekit.work.ProgressListener;
import org.tradekit.work.Work;

/**
 * Everything a fair needs in one folder: for each chosen language the catalogue (the fair on its
 * cover), the price list (valid until the fair's last day unless told otherwise) and the spec sheets
 * (one file, a page and a bookmark per product), named {@code catalogue-zh.pdf},
 * {@code pricelist-zh.pdf}, {@code spec-sheets-zh.pdf}. Each file is written atomically.
 */
public final class FairPack {
    private final BrochureService brochures;

    public FairPack(BrochureService brochures) {
        this.brochures = brochures;
    }

    /** The three requests per language, from a template request (products, layout, paper, theme, prices). */
    public static List<BrochureRequest> requests(BrochureRequest template, String fairName, LocalDate fairStart,
            LocalDate fairEnd, List<DocumentLanguage> languages) {
        List<BrochureRequest> out = new ArrayList<>();
        LocalDate valid = template.validUntil() != null ? template.validUntil() : fairEnd;
        for (DocumentLanguage l : languages) {
            for (BrochureType t : BrochureType.values()) {
                out.add(new BrochureRequest(t, l, template.skus(), template.layout(), template.paper(), template.theme(),
                        fairName, fairStart, template.currency(), template.usdRate(), valid, template.exportPrice()));
            }
        }
        return out;
    }

    public static String fileName(BrochureRequest r) {
        String base = switch (r.type()) {
            case CATALOGUE -> "catalogue";
            case PRICELIST -> "pricelist";
            case SPEC -> "spec-sheets";
        };
        return base + "-" + r.language().code() + ".pdf";
    }

    /** Checks every request first (an unknown SKU stops the pack before any file is written). */
    public List<Preflight> check(List<BrochureRequest> requests) {
        return requests.stream().map(brochures::check).toList();
    }

    /** Writes the files; progress counts documents, cancel stops between documents and products. */
    public List<BrochureResult> make(List<Preflight> preflights, Path dir, Work work) {
        List<BrochureResult> out = new ArrayList<>();
        for (int i = 0; i < preflights.size(); i++) {
            work.cancel().check();
            Preflight p = preflights.get(i);
            int index = i;
            ProgressListener perDocument = progress -> work.report(index, preflights.size(), "brochure.progress.pack",
                    index + 1, preflights.size(), fileName(p.request()));
            out.add(brochures.generate(p, dir.resolve(fileName(p.request())), new Work(perDocument, work.cancel())));
        }
        work.report(preflights.size(), preflights.size(), "brochure.progress.saving");
        return out;
    }
}
