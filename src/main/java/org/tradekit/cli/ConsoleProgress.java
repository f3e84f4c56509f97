package org.tradekit.cli;

import java.io.PrintWriter;

import org.tradekit.i18n.Messages;
import org.tradekit.work.Progress;
import org.tradekit.work.ProgressListener;

/** Progress on the terminal: one line, rewritten at most a few times a second. */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter out;
    private final Messages messages;
    private long lastPrint;
    private boolean printed;

    ConsoleProgress(PrintWriter out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    @Override
    public void onProgress(Progress p) {
        long now = System.nanoTime();
        if (now - lastPrint < 250_000_000L && p.done() < p.total()) {
            return;
        }
        lastPrint = now;
        out.print("\r" + messages.get(p.messageKey(), p.args()));
        out.flush();
        printed = true;
    }

    void done() {
        if (printed) {
            out.println();
            out.flush();
        }
    }
}
