package org.tradekit.cli;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.DemoTranslations;
import org.tradekit.i18n.Messages;
import org.tradekit.photo.DemoPhotos;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine;

/** {@code demo-data --photos --translations}: what brochure demos and benchmarks need on top of the demo products. */
final class DemoBrochureData {
    private DemoBrochureData() {
    }

    static void add(AppContext app, boolean photos, boolean translations, long seed, CommandLine cl, Messages m) {
        if (translations) {
            ConsoleProgress progress = new ConsoleProgress(cl.getErr(), m);
            int n = new DemoTranslations(app.catalog(), app.products()).add(new Work(progress, CancelToken.NEVER));
            progress.done();
            cl.getOut().println(m.get("cli.demo.translationsDone", n));
        }
        if (photos) {
            ConsoleProgress progress = new ConsoleProgress(cl.getErr(), m);
            long t0 = System.nanoTime();
            int n = new DemoPhotos(app.products(), app.photoStore(), app.productPhotos()).addMissing(seed,
                    new Work(progress, CancelToken.NEVER));
            progress.done();
            cl.getOut().println(m.get("cli.demo.photosDone", n, DemoPhotos.WIDTH, DemoPhotos.HEIGHT,
                    (System.nanoTime() - t0) / 1_000_000));
        }
    }
}
