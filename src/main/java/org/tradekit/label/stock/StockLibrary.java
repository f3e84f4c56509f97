package org.tradekit.label.stock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final class Holder {
        static final StockLibrary BUILT_IN = loadBuiltIn();
    }

    private static StockLibrary loadBuiltIn() {
        try (InputStream idx = resource("index.txt"); InputStream paperIn = resource("paper-sizes.xml")) {
            GlabelsReader reader = new GlabelsReader(GlabelsReader.readPaperSizes(paperIn, "paper-sizes.xml"));
            // files parsed side by side (order kept): a CLI run waits for this library before its first label
            List<GlabelsReader.Parsed> parsed = Arrays.stream(new String(idx.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::strip).filter(f -> !f.isEmpty()).toList().parallelStream()
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
