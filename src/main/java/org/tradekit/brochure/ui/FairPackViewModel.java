package org.tradekit.brochure.ui;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.tradekit.brochure.BrochureResult;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.FairPack;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.lead.Fair;
import org.tradekit.trace.ui.Notice;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The fair pack on the Brochures screen: for the chosen fair and languages, the catalogue, price
 * list and spec sheets of the wizard's products, layout and prices, into one folder, in the
 * background with progress and cancel (each file written whole or not at all).
 */
public final class FairPackViewModel {
    private final BrochuresViewModel wizard;
    private final FairPack pack;
    private final TaskRunner tasks;
    private final ObjectProperty<Fair> fair = new SimpleObjectProperty<>(this, "fair");
    private final ObservableSet<DocumentLanguage> languages = FXCollections.observableSet(
            EnumSet.of(DocumentLanguage.EN, DocumentLanguage.ZH));
    private final ObjectProperty<RunningTask> working = new SimpleObjectProperty<>(this, "working");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    public FairPackViewModel(BrochuresViewModel wizard, FairPack pack, TaskRunner tasks) {
        this.wizard = wizard;
        this.pack = pack;
        this.tasks = tasks;
    }

    /** Writes the pack into {@code dir}; refused in words without a fair or a language. */
    public void make(Path dir) {
        Fair f = fair.get();
        if (working.get() != null) {
            return;
        }
        if (f == null || languages.isEmpty()) {
            notice.set(new Notice(true, f == null ? "brochure.ui.pack.noFair" : "brochure.ui.pack.noLanguage", List.of()));
            return;
        }
        List<DocumentLanguage> langs = ordered(languages);
        var template = wizard.request();
        notice.set(null);
        boolean[] finished = {false};
        RunningTask t = tasks.run(BackgroundTask.of("brochure.ui.task.pack", w -> {
            var requests = FairPack.requests(template, f.name(), f.starts(), f.ends(), langs);
            return pack.make(pack.check(requests), dir, w);
        }, f.name()).onSuccess(results -> notice.set(new Notice(false, "brochure.ui.pack.done",
                List.of(results.size(), results.stream().mapToInt(BrochureResult::pages).sum(), dir.toAbsolutePath().toString()))))
                .onCancelled(() -> notice.set(new Notice(true, "brochure.ui.pack.cancelled", List.of())))
                .onExpected(LocalizedException.class, e -> notice.set(BrochuresViewModel.failed(e)))
                .onFinally(() -> {
                    finished[0] = true;
                    working.set(null);
                }));
        if (!finished[0]) {
            working.set(t);
        }
    }

    /** The languages in the order the app lists them (vi, en, zh, ko, ja), not the order they were ticked. */
    static List<DocumentLanguage> ordered(Set<DocumentLanguage> chosen) {
        return List.of(DocumentLanguage.values()).stream().filter(chosen::contains).toList();
    }

    public void cancel() {
        RunningTask t = working.get();
        if (t != null) {
            t.cancel();
        }
    }

    public ObjectProperty<Fair> fairProperty() {
        return fair;
    }

    public ObservableSet<DocumentLanguage> languages() {
        return languages;
    }

    public ObjectProperty<RunningTask> workingProperty() {
        return working;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }
}
