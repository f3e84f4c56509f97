package org.tradekit.label.stock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.text.Fold;

/**
 * A set of gLabels files read together: {@code equiv} templates resolved against the parts
 * of the same brand in any file (as gLabels does), refusals kept with their reasons.
 */
public record StockLibrary(List<LabelStock> stocks, List<GlabelsReader.Refusal> refused) {
    /** Where the shipped library lives on the class path; {@code index.txt} lists its files. */
    static final String RESOURCES = "/label/templates/";

    public StockLibrary {
        stocks = List.copyOf(stocks);
        refused = List.copyOf(refused);
    }

    public static StockLibrary resolve(List<GlabelsReader.Parsed> files) {
        Map<String, LabelStock> byName = new LinkedHashMap<>();
        List<GlabelsReader.Refusal> refused = new ArrayList<>();
        for (GlabelsReader.Parsed p : files) {
            p.stocks().forEach(s -> byName.putIfAbsent(key(s.brand(), s.part()), s));
            refused.addAll(p.refused());
        }
        for (GlabelsReader.Parsed p : files) {
            for (GlabelsReader.Equiv e : p.equivs()) {
                LabelStock base = byName.get(key(e.brand(), e.of()));
                String name = e.brand().strip() + " " + e.part().strip();
                if (base == null) {
                    refused.add(new GlabelsReader.Refusal(name, e.source(),
                            new StockException("label.stock.error.equiv", null, name, e.of())));
                } else {
                    byName.putIfAbsent(key(e.brand(), e.part()), base.asEquivalent(e.brand(), e.part(), e.description()));
                }
            }
        }
        return new StockLibrary(new ArrayList<>(byName.values()), refused);
    }

    /** gLabels' library as shipped, plus Trade Kit's own sheets and rolls. */
    public static StockLibrary builtIn() {
        return Holder.BUILT_IN;
    }

    /** The whole library once it has been read (then naming a stock reads nothing more). */
    private static volatile StockLibrary whole;

    private static final class Holder {
        static final StockLibrary BUILT_IN = load(index().keySet());

        static {
            whole = BUILT_IN;
        }
    }

    /**
     * The part of the built-in library that can hold a stock of this name: the files of the brands
     * the name starts with ({@code index.txt} lists each file's brands; equivalents stay within a
     * brand), so naming one stock does not read the whole library. Empty when no brand matches.
     */
    public static StockLibrary builtInNamed(String name) {
        return whole != null ? whole : brandFilesOf(name);
    }

    static StockLibrary brandFilesOf(String name) {
        String words = Fold.words(name) + " ";
        List<String> files = new ArrayList<>();
        index().forEach((file, brands) -> {
            if (brands.stream().anyMatch(b -> words.startsWith(Fold.words(b) + " "))) {
                files.add(file);
            }
        });
        return load(files);
    }

    /** {@code index.txt}: each shipped file, a tab, and the brands of its templates separated by '|'. */
    static Map<String, List<String>> index() {
        try (InputStream idx = resource("index.txt")) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String line : new String(idx.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String[] f = line.split("\t", 2);
                if (!f[0].isBlank()) {
                    out.put(f[0].strip(), f.length < 2 ? List.of() : List.of(f[1].strip().split("\\|")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StockLibrary load(java.util.Collection<String> files) {
        try (InputStream paperIn = resource("paper-sizes.xml")) {
            GlabelsReader reader = new GlabelsReader(GlabelsReader.readPaperSizes(paperIn, "paper-sizes.xml"));
            // files parsed side by side (order kept): a CLI run waits for this library before its first label
            List<GlabelsReader.Parsed> parsed = List.copyOf(files).parallelStream()
                    .map(file -> {
                        try (InputStream in = resource(file)) {
                            return reader.read(in, file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
            return resolve(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader that knows the shipped paper sizes (for importing a user's file). */
    public static GlabelsReader reader() {
        try (InputStream paperIn = resource("paper-sizes.xml")) {
            return new GlabelsReader(GlabelsReader.readPaperSizes(paperIn, "paper-sizes.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = StockLibrary.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + name);
        }
        return in;
    }

    static String key(String brand, String part) {
        return Fold.key(Fold.clean(brand) + " " + Fold.clean(part));
    }
}
