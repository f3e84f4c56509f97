package org.tradekit.brochure;

import org.tradekit.i18n.Formats;

/**
 * Prices in the currency a price list is made in, written the document's way (VND without decimals).
 * Retail and wholesale prices are kept in VND, export prices in US cents; with an exchange rate each
 * is converted to the chosen currency, without one each is shown in its own.
 */
final class Money {
    private final Formats formats;
    private final boolean usd;
    private final long vndPerUsd;

    Money(Formats formats, String currency, long vndPerUsd) {
        this.formats = formats;
        this.usd = "USD".equals(currency);
        this.vndPerUsd = vndPerUsd;
    }

    String vnd(Long amount) {
        if (amount == null) {
            return null;
        }
        return usd && vndPerUsd > 0 ? formats.usdCents(Math.round(amount * 100.0 / vndPerUsd)) : formats.vnd(amount);
    }

    String usdCents(Long cents) {
        if (cents == null) {
            return null;
        }
        return !usd && vndPerUsd > 0 ? formats.vnd(Math.round(cents * vndPerUsd / 100.0)) : formats.usdCents(cents);
    }
}
