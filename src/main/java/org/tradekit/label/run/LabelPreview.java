package org.tradekit.label.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tradekit.label.record.SerialRange;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.preview.PdfPreview;
import org.tradekit.work.Work;

/**
 * The first page of a print run, printed for real to a temporary PDF and rendered back: only the
 * labels that land on that page are drawn (with the first of the run's serials), so a preview of a
 * 10,000-label run costs one page. A run the service would refuse is refused here with the same
 * message.
 */
public final class LabelPreview {
    /** Pixels along the page's longer side: sharp enough for a screen, cheap to render. */
    static final int LONGEST_PX = 1200;
    static final float MAX_DPI = 600;

    /** The rendered page, the resolution it was drawn at, how many labels it holds, and what the check before printing found. */
    public record Page(BufferedImage image, float dpi, int labels, int pagesInRun, List<LabelWarning> warnings) {
        public Page {
            warnings = List.copyOf(warnings);
        }
    }

    private final LabelRunService runs;

    public LabelPreview(LabelRunService runs) {
        this.runs = runs;
    }

    public Page firstPage(LabelRunRequest run, Work work) {
        return firstPage(run, LabelDesign.DEFAULT, work);
    }

    public Page firstPage(LabelRunRequest run, LabelDesign design, Work work) {
        return firstPage(List.of(run), List.of(""), design, work);
    }

    /** The first page of a run of several lots (one after another, as they print); {@code names} are their codes. */
    public Page firstPage(List<LabelRunRequest> lots, List<String> names, LabelDesign design, Work work) {
        LabelRunRequest first = lots.get(0);
        LabelStock stock = first.stock();
        int onFirstPage = stock.labelsPerPage() - first.startAt() + 1;
        boolean valid = onFirstPage >= 1
                && lots.stream().allMatch(r -> r.count() >= 1 && r.count() <= LabelRunRequest.MAX_COUNT);
        int total = 0;
        int room = onFirstPage;
        List<LabelRunRequest> shown = new ArrayList<>();
        for (LabelRunRequest run : lots) {
            int copies = Math.max(1, run.copies());
            total += run.count() * copies;
            if (valid && room <= 0) {
                continue; // on a later page
            }
            // enough distinct labels to fill the first page with their copies; an invalid run is refused by print
            int count = valid ? Math.min(run.count(), (room + copies - 1) / copies) : run.count();
            room -= count * copies;
            SerialRange serials = run.serials() == null || count >= run.serials().count() ? run.serials()
                    : new SerialRange(run.serials().tag(), run.serials().first(), run.serials().first() + count - 1);
            shown.add(new LabelRunRequest(run.lotId(), stock, count, first.startAt(), run.lang(), serials, run.copies()));
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tradekit-preview");
            LabelRunService.Result r = runs.print(runs.series(shown, design, names.subList(0, shown.size())), stock,
                    first.startAt(), design, dir.resolve("preview.pdf"), work);
            float dpi = PdfPreview.dpiFor(stock.pageWidth().mm(), stock.pageHeight().mm(), LONGEST_PX, MAX_DPI);
            BufferedImage image = PdfPreview.render(r.file(), 0, dpi);
            return new Page(image, dpi, Math.min(r.labels(), Math.max(1, onFirstPage)), stock.pages(first.startAt(), total),
                    r.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit(); // a leftover temporary preview is harmless; the OS cleans its temp folder
        }
    }
}
