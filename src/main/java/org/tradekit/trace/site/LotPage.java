package org.tradekit.trace.site;

import java.time.LocalDate;
import java.util.List;

import org.tradekit.catalog.Product;

/**
 * What a consumer page shows about one lot: only what a label carries (no staff, no buyers' names).
 *
 * @param path       the page's folder under the site root, as the QR link names it ({@code 01/.../10/...})
 * @param link       the lot's QR link (the trace code of Circular 02/2024)
 * @param photoAsset the product photo's file under {@code assets/}, or null
 * @param origins    communes and plots of the members' harvests the lot came from
 * @param journey    oldest first
 */
record LotPage(String path, String link, String lotCode, String gtin, Product product, LocalDate productionDate,
        LocalDate bestBefore, LocalDate expiry, List<Origin> origins, List<Step> journey, String photoAsset) {

    /** Where a harvest came from: the member's commune and province, and the plot (never the member's name). */
    record Origin(String commune, String province, String plot) {
    }

    /**
     * One step of the journey.
     *
     * @param kind     an event kind code (harvest, processing...)
     * @param step     a process step code, for processing
     * @param lotLabel the product name (vi, en) and lot code of the lot the step made or looked at
     * @param checks   for an inspection, "name: value" lines
     * @param external recorded by a partner (an imported EPCIS event), not by the cooperative
     */
    record Step(LocalDate day, String kind, String step, String place, String lotNameVi, String lotNameEn, String lotCode,
            Boolean passed, List<String> checks, String destinationType, boolean external) {
    }
}
