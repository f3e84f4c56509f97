package org.tradekit.trace.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.PrintRuns;
import org.tradekit.trace.event.EventRepository;
import org.tradekit.trace.lineage.LineageService;
import org.tradekit.trace.lot.LotRepository;
import org.tradekit.trace.recall.Recall;
import org.tradekit.trace.recall.RecallCsv;
import org.tradekit.trace.recall.RecallPdf;
import org.tradekit.trace.recall.RecallService;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * One lot's story: its lineage both ways with its event timeline, read in the background; and on
 * demand its recall (recipients, deliveries, stock left) with the CSV and the printable PDF.
 */
public final class LineageViewModel {
    private final LineageService lineage;
    private final EventRepository events;
    private final LotRepository lots;
    private final RecallService recalls;
    private final CoopProfileService profile;
    private final PrintRuns printRuns;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<LotStory> story = new SimpleObjectProperty<>(this, "story");
    private final ObjectProperty<Recall> recall = new SimpleObjectProperty<>(this, "recall");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private long loadNo;

    public LineageViewModel(LineageService lineage, EventRepository events, LotRepository lots, RecallService recalls,
            CoopProfileService profile, PrintRuns printRuns, TaskRunner tasks, Clock clock) {
        this.lineage = lineage;
        this.events = events;
        this.lots = lots;
        this.recalls = recalls;
        this.profile = profile;
        this.printRuns = printRuns;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reads the lot's lineage, history and print runs (null clears); the latest call wins. */
    public void load(String lotId) {
        long no = ++loadNo;
        recall.set(null);
        notice.set(null);
        if (lotId == null) {
            story.set(null);
            return;
        }
        loading.set(true);
        tasks.run(BackgroundTask.of("trace.ui.task.lineage", w -> new LotStory(lots.row(lotId).orElseThrow(),
                lineage.lineage(lotId), events.history(lotId), printRuns.runsOf(lotId))).hidden().onSuccess(s -> {
                    if (no == loadNo) {
                        story.set(s);
                    }
                }).onFinally(() -> {
                    if (no == loadNo) {
                        loading.set(false);
                    }
                }));
    }

    /** Who received anything made from the lot shown, and what is left. */
    public void runRecall() {
        LotStory s = story.get();
        if (s == null) {
            return;
        }
        notice.set(null);
        tasks.run(BackgroundTask.of("trace.ui.task.recall", w -> recalls.recall(s.lot().id()), s.lot().code())
                .onSuccess(recall::set).onExpected(LocalizedException.class, e -> notice.set(Notice.failed(e))));
    }

    /** The recall as CSV for a spreadsheet. */
    public void exportCsv(Path file, Messages messages) {
        Recall r = recall.get();
        if (r == null) {
            return;
        }
        tasks.run(BackgroundTask.of("trace.ui.task.exportCsv", w -> {
            RecallCsv.write(r, file, messages);
            return file;
        }).onSuccess(f -> notice.set(Notice.done("trace.ui.recall.saved", f)))
                .onExpected(java.io.IOException.class, e -> notice.set(new Notice(true, "trace.ui.recall.saveFailed",
                        java.util.List.of(file, String.valueOf(e.getMessage()))))));
    }

    /** The recall as a printable PDF in the reader's language. */
    public void exportPdf(Path file, Messages messages) {
        Recall r = recall.get();
        if (r == null) {
            return;
        }
        tasks.run(BackgroundTask.of("trace.ui.task.exportPdf", w -> {
            String coop = profile.load().map(CoopProfile::nameVi).orElse(null);
            RecallPdf.write(r, coop, LocalDate.now(clock), file, messages);
            return file;
        }).onSuccess(f -> notice.set(Notice.done("trace.ui.recall.saved", f)))
                .onExpected(java.io.IOException.class, e -> notice.set(new Notice(true, "trace.ui.recall.saveFailed",
                        java.util.List.of(file, String.valueOf(e.getMessage()))))));
    }

    public ObjectProperty<LotStory> storyProperty() {
        return story;
    }

    public ObjectProperty<Recall> recallProperty() {
        return recall;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
