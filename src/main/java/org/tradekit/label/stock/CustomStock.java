package org.tradekit.label.stock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.tradekit.store.AtomicFiles;

/**
 * The user's own templates, kept in the data directory as a gLabels template file
 * ({@value #FILE_NAME}), written whole or not at all (decision 0015). The same reader as the
 * shipped library reads it, so a hand-edited or damaged entry is refused, never half-loaded.
 */
public final class CustomStock {
    public static final String FILE_NAME = "label-templates.xml";
    private final Path file;

    public CustomStock(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved templates; none when the file does not exist yet. */
    public StockLibrary load() {
        if (!Files.isRegularFile(file)) {
            return new StockLibrary(List.of(), List.of());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return StockLibrary.resolve(List.of(StockLibrary.reader().read(in, file.toString())));
        } catch (IOException e) {
            throw new StockException("label.stock.error.read", e, file, e.getMessage());
        }
    }

    /** Replaces the saved list in one atomic write. */
    void save(List<LabelStock> stocks) {
        try {
            AtomicFiles.write(file, out -> {
                try {
                    GlabelsWriter.write(stocks, out);
                } catch (XMLStreamException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw AtomicFiles.problem(e, file);
        }
    }

    static List<LabelStock> replacing(List<LabelStock> saved, List<LabelStock> added) {
        List<LabelStock> out = new ArrayList<>();
        for (LabelStock s : saved) {
            if (added.stream().noneMatch(a -> StockLibrary.key(a.brand(), a.part())
                    .equals(StockLibrary.key(s.brand(), s.part())))) {
                out.add(s);
            }
        }
        out.addAll(added);
        return out;
    }
}
