package org.tradekit.brochure;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.tradekit.work.Work;

/**
 * The brochure a follow-up draft carries: the catalogue of the active products in the buyer's
 * language, made once per language into a folder ({@code catalogue-zh.pdf}) however many drafts
 * attach it, so fifty Chinese buyers cost one catalogue.
 */
public final class FollowUpBrochures {
    private final BrochureService brochures;
    private final Path folder;
    private final Map<String, Path> made = new HashMap<>();

    public FollowUpBrochures(BrochureService brochures, Path folder) {
        this.brochures = brochures;
        this.folder = folder;
    }

    /** The catalogue in {@code lang} (vi, en, zh, ko, ja; anything else: English), made on first use. */
    public Path catalogue(String lang, Work work) {
        DocumentLanguage language = DocumentLanguage.of(lang).orElse(DocumentLanguage.of("en").orElseThrow());
        return made.computeIfAbsent(language.code(), code -> {
            BrochureRequest request = BrochureRequest.of(BrochureType.CATALOGUE, language);
            Path file = folder.resolve(FairPack.fileName(request));
            brochures.generate(brochures.check(request), file, work);
            return file;
        });
    }
}
