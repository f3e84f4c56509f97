package org.tradekit.trace.lot;

import java.time.LocalDate;

/**
 * A lot of a product: what a label's lot number names. Its quantity is not a field: it is the
 * sum of the lot's movements (see the event package). A lot is made by an event (harvest,
 * receipt, processing, packing); afterwards its plain fields can be edited.
 *
 * @param id           null for a lot not yet made
 * @param code         unique within the product, GS1 AI 82 characters, at most 20; null to generate
 *                     it from the cooperative's pattern
 * @param memberId     origin: the member who harvested or delivered it (with {@code plotId})
 * @param supplierName for a lot received from outside: who sold it, their own lot number and expiry
 */
public record Lot(String id, String productId, String code, LocalDate productionDate, LocalDate bestBefore,
        LocalDate expiryDate, String unit, String memberId, String plotId, LotStatus status, String supplierName,
        String supplierLot, LocalDate supplierExpiry, String notes) {

    public Lot {
        status = status == null ? LotStatus.ACTIVE : status;
    }

    /** A lot to be made of a product, in a unit, produced on a day; the code comes from the pattern. */
    public static Lot of(String productId, String unit, LocalDate productionDate) {
        return new Lot(null, productId, null, productionDate, null, null, unit, null, null, LotStatus.ACTIVE, null, null,
                null, null);
    }

    public Lot withId(String newId) {
        return new Lot(newId, productId, code, productionDate, bestBefore, expiryDate, unit, memberId, plotId, status,
                supplierName, supplierLot, supplierExpiry, notes);
    }

    public Lot withCode(String newCode) {
        return new Lot(id, productId, newCode, productionDate, bestBefore, expiryDate, unit, memberId, plotId, status,
                supplierName, supplierLot, supplierExpiry, notes);
    }

    public Lot withOrigin(String member, String plot) {
        return new Lot(id, productId, code, productionDate, bestBefore, expiryDate, unit, member, plot, status,
                supplierName, supplierLot, supplierExpiry, notes);
    }

    public Lot withDates(LocalDate production, LocalDate bestBeforeDate, LocalDate expiry) {
        return new Lot(id, productId, code, production, bestBeforeDate, expiry, unit, memberId, plotId, status,
                supplierName, supplierLot, supplierExpiry, notes);
    }

    public Lot withSupplier(String name, String lot, LocalDate expiry) {
        return new Lot(id, productId, code, productionDate, bestBefore, expiryDate, unit, memberId, plotId, status, name,
                lot, expiry, notes);
    }

    public Lot withStatus(LotStatus newStatus) {
        return new Lot(id, productId, code, productionDate, bestBefore, expiryDate, unit, memberId, plotId, newStatus,
                supplierName, supplierLot, supplierExpiry, notes);
    }

    public Lot withNotes(String text) {
        return new Lot(id, productId, code, productionDate, bestBefore, expiryDate, unit, memberId, plotId, status,
                supplierName, supplierLot, supplierExpiry, text);
    }

    public boolean isNew() {
        return id == null;
    }
}
