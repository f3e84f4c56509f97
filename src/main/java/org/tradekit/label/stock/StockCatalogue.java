package org.tradekit.label.stock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.tradekit.text.Fold;

/**
 * Every label stock the user can print on: the built-in library ({@link StockLibrary#builtIn()})
 * and the user's own ({@link CustomStock}). Found by exact name ("Avery L7160") or searched by
 * brand, part, description, paper and size, ignoring case and diacritics.
 */
public final class StockCatalogue {
    private final Supplier<StockLibrary> builtIn;
    private final Function<String, StockLibrary> builtInNamed;
    private final CustomStock custom;

    public StockCatalogue(StockLibrary builtIn, CustomStock custom) {
        this(() -> builtIn, name -> builtIn, custom);
    }

    private StockCatalogue(Supplier<StockLibrary> builtIn, Function<String, StockLibrary> builtInNamed,
            CustomStock custom) {
        this.builtIn = builtIn;
        this.builtInNamed = builtInNamed;
        this.custom = custom;
    }

    /** The library is read when first needed; finding one stock by name reads only its brand's files. */
    public static StockCatalogue open(Path dataDir) {
        return new StockCatalogue(StockLibrary::builtIn, StockLibrary::builtInNamed, new CustomStock(dataDir));
    }

    /** Built-in first, then the user's, each in file order. */
    public List<LabelStock> all() {
        List<LabelStock> out = new ArrayList<>(builtIn.get().stocks());
        out.addAll(custom.load().stocks());
        return out;
    }

    /** The stock of that name ("Avery L7160", any case or spacing of marks). */
    public Optional<LabelStock> find(String name) {
        String k = Fold.words(name);
        List<LabelStock> candidates = new ArrayList<>(builtInNamed.apply(name).stocks());
        candidates.addAll(custom.load().stocks());
        return candidates.stream().filter(s -> Fold.words(s.name()).equals(k)).findFirst();
    }

    /** Like {@link #find} but says which name is unknown. */
    public LabelStock require(String name) {
        return find(name).orElseThrow(() -> new StockException("label.stock.error.unknown", null, name));
    }

    /**
     * Stock whose brand, part, description, paper or size ("70x37", "3x8") holds every word of
     * the query; exact names first, then names starting with the query, then by name. A blank
     * query gives everything.
     */
    public List<LabelStock> search(String query) {
        List<String> words = Fold.wordList(query == null ? "" : query);
        String q = String.join(" ", words);
        String compact = q.replace(" ", "");
        List<LabelStock> hits = new ArrayList<>();
        for (LabelStock s : all()) {
            String hay = haystack(s);
            if (words.stream().allMatch(hay::contains)) {
                hits.add(s);
            }
        }
        hits.sort(Comparator.comparingInt((LabelStock s) -> rank(s, q, compact))
                .thenComparing(s -> Fold.key(s.name())));
        return hits;
    }

    private static int rank(LabelStock s, String q, String compact) {
        String name = Fold.words(s.name());
        if (name.equals(q) || Fold.key(s.part()).equals(compact)) {
            return 0;
        }
        return name.startsWith(q) || Fold.key(s.part()).startsWith(compact) ? 1 : 2;
    }

    /** Folded words plus the part and sizes run together, so "l7160", "7160" and "63.5x38.1" all match. */
    private static String haystack(LabelStock s) {
        String size = s.shape().width().mmText() + "x" + s.shape().height().mmText();
        return Fold.words(String.join(" ", s.brand(), s.part(), s.description(), s.paper() == null ? "" : s.paper(),
                s.grid(), size, s.equivOf() == null ? "" : s.equivOf(), s.roll() ? "roll cuộn" : ""))
                + " " + Fold.key(s.part()).replace(" ", "") + " " + size;
    }

    /**
     * Adds (or replaces) one of the user's own templates, after checking its geometry.
     *
     * @throws StockException when the geometry is impossible or the name is a built-in one
     */
    public LabelStock addCustom(LabelStock stock) {
        StockGeometry.check(stock);
        refuseBuiltInName(stock);
        custom.save(CustomStock.replacing(custom.load().stocks(), List.of(stock)));
        return stock;
    }

    /** What importing a gLabels file added and refused. */
    public record Imported(List<LabelStock> added, List<GlabelsReader.Refusal> refused) {
    }

    /**
     * Imports the templates of a gLabels file into the user's own; the good ones are saved in one
     * write, the others are refused with their reasons.
     */
    public Imported importGlabels(Path file) {
        StockLibrary read;
        try (InputStream in = Files.newInputStream(file)) {
            read = StockLibrary.resolve(List.of(StockLibrary.reader().read(in, file.getFileName().toString())));
        } catch (IOException e) {
            throw new StockException("label.stock.error.read", e, file, e.getMessage());
        }
        List<LabelStock> added = new ArrayList<>();
        List<GlabelsReader.Refusal> refused = new ArrayList<>(read.refused());
        for (LabelStock s : read.stocks()) {
            try {
                refuseBuiltInName(s);
                added.add(s);
            } catch (StockException e) {
                refused.add(new GlabelsReader.Refusal(s.name(), file.getFileName().toString(), e));
            }
        }
        if (!added.isEmpty()) {
            custom.save(CustomStock.replacing(custom.load().stocks(), added));
        }
        return new Imported(added, refused);
    }

    private void refuseBuiltInName(LabelStock stock) {
        String k = StockLibrary.key(stock.brand(), stock.part());
        if (builtIn.get().stocks().stream().anyMatch(b -> StockLibrary.key(b.brand(), b.part()).equals(k))) {
            throw new StockException("label.stock.error.builtInName", null, stock.name());
        }
    }
}
