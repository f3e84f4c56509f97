package org.tradekit.label.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tradekit.coop.CoopProfile;
import org.tradekit.label.record.SerialRange;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.print.codes.Zbar;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.work.Work;

/**
 * The figure, as a test: every code of a 1,000-label serialised run, on pages rendered at
 * 300 dpi by pdftoppm and read by an independent decoder (zbar), gives exactly its label's Digital
 * Link URI. zbar reads each label as a phone does, one at a time (the label cut from the page with
 * a millimetre around it): reading a whole page of 21 codes at once, zbar's own multi-code search
 * misses the odd code that it reads alone.
 */
class LabelRunZbarTest extends TraceTestBase {
    static final int COUNT = 1000;

    @Test
    void zbarReadsEveryCodeOfAThousandLabelRunToItsExactUri() throws Exception {
        Zbar.assumeInstalled();
        CoopProfile p = f.app.coopProfile().load().orElse(CoopProfile.empty());
        f.app.coopProfile().save(new CoopProfile(p.id(), "HTX Chè Shan Tuyết", null, null, "Hà Giang", null, null, null,
                null, null, "truyxuat.htxchesan.vn", p.currency()));
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        SerialRange serials = f.app.printRuns().reserve(lot, COUNT);
        LabelStock stock = StockCatalogue.open(dir).require("Avery L7160");
        Path pdf = dir.resolve("run.pdf");
        f.app.labelRuns().print(new LabelRunRequest(lot, stock, COUNT, 1, "vi", serials), pdf, Work.NONE);

        List<String> expected = new ArrayList<>();
        for (int k = 0; k < COUNT; k++) {
            expected.add("QR-Code:" + f.app.lotLinks().uri(lot, serials.serial(k)));
        }
        assertThat(expected).doesNotHaveDuplicates();
        assertThat(Zbar.decode(labelImages(pdf, stock))).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Each label of the run cut from its 300 dpi page, with 1 mm around it. */
    private List<Path> labelImages(Path pdf, LabelStock stock) throws Exception {
        List<Path> pages = Zbar.renderPages(pdf, dir);
        Path labels = Files.createDirectories(dir.resolve("labels"));
        double px = 300 / 25.4;
        List<Path> out = new ArrayList<>();
        BufferedImage page = null;
        int rendered = -1;
        for (LabelPlacement at : stock.placements(1, COUNT)) {
            if (at.page() != rendered) {
                page = ImageIO.read(pages.get(at.page()).toFile());
                rendered = at.page();
            }
            int x = (int) Math.max(0, (at.x().mm() - 1) * px);
            int y = (int) Math.max(0, (at.y().mm() - 1) * px);
            int w = Math.min(page.getWidth() - x, (int) Math.ceil((stock.shape().width().mm() + 2) * px));
            int h = Math.min(page.getHeight() - y, (int) Math.ceil((stock.shape().height().mm() + 2) * px));
            Path file = labels.resolve(String.format("label-%04d.png", out.size() + 1));
            ImageIO.write(page.getSubimage(x, y, w, h), "png", file.toFile());
            out.add(file);
        }
        return out;
    }
}
