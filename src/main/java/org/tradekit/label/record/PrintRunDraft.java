package org.tradekit.label.record;

/**
 * What the printing side knows of a run that has just succeeded; {@link PrintRuns#record} adds who,
 * when, on which device and the lot's product.
 *
 * @param serials     from {@link PrintRuns#reserve}; null for a run without serials
 * @param destination the PDF file's name or the printer's name
 */
public record PrintRunDraft(String lotId, String layout, String stock, int labels, int copies, SerialRange serials,
        String lang, String destination) {
}
