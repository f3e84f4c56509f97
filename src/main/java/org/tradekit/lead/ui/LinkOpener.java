package org.tradekit.lead.ui;

/** Opens a mailto: link in the user's mail program; false when this machine cannot (headless, no mail program). */
@FunctionalInterface
public interface LinkOpener {
    boolean open(String uri) throws Exception;

    /**
     * The system's mail program through java.awt.Desktop; never on the FX thread (it may block), so the
     * view model calls it from its background task.
     */
    static LinkOpener system() {
        return uri -> {
            if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()) {
                return false;
            }
            java.awt.Desktop d = java.awt.Desktop.getDesktop();
            if (!d.isSupported(java.awt.Desktop.Action.MAIL)) {
                return false;
            }
            d.mail(java.net.URI.create(uri));
            return true;
        };
    }
}
