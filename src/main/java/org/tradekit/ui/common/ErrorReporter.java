package org.tradekit.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import org.tradekit.app.Version;
import org.tradekit.i18n.Messages;
import org.tradekit.i18n.LocalizedException;

/**
 * The channel for problems a field cannot show: a database, file or photo problem ({@link LocalizedException}) in
 * the user's words, anything unexpected as one dialog with a localized summary and details to
 * copy for a bug report. Each unexpected error is logged once, here.
 */
public final class ErrorReporter implements Consumer<Throwable> {
    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());

    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;

    public ErrorReporter(Supplier<Messages> messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void accept(Throwable error) {
        Throwable e = unwrap(error);
        Messages m = messages.get();
        if (e instanceof LocalizedException le) { // a database, file or photo problem the user can act on
            LOG.log(System.Logger.Level.WARNING, le.getMessage(), le);
            Alert a = alert(m, le.message(m));
            a.showAndWait();
            return;
        }
        LOG.log(System.Logger.Level.ERROR, "unexpected error", e);
        Alert a = alert(m, m.get("ui.error.unexpected"));
        String details = details(e);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        a.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType(m.get("ui.error.copyDetails"), ButtonBar.ButtonData.LEFT);
        a.getButtonTypes().add(0, copy);
        a.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details);
            Clipboard.getSystemClipboard().setContent(c);
            ev.consume(); // copying must not close the dialog
        });
        a.showAndWait();
    }

    private Alert alert(Messages m, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        a.setTitle(m.get("app.name"));
        a.setHeaderText(m.get("ui.error.title"));
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            a.initOwner(w);
        }
        return a;
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static String details(Throwable e) {
        StringWriter w = new StringWriter();
        w.append("Trade Kit ").append(Version.current()).append(", Java ").append(System.getProperty("java.version"))
                .append(", ").append(System.getProperty("os.name")).append('\n');
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
