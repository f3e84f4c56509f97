package org.tradekit.brochure;

import java.util.Optional;

import org.tradekit.catalog.Product;
import org.tradekit.gs1.Gs1Exception;
import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;

/**
 * The link a product's QR code carries in a brochure: its page on the cooperative's traceability
 * domain, as a GS1 Digital Link {@code https://{domain}/01/{GTIN-14}} when it has a GTIN, else the
 * fallback {@code https://{domain}/p/{SKU}} (docs/decisions/0008). No domain, no link: the brochure
 * then prints no code rather than one that leads nowhere.
 */
final class ProductLinks {
    private final String domain;

    ProductLinks(String domain) {
        this.domain = domain == null || domain.isBlank() ? null : domain;
    }

    boolean enabled() {
        return domain != null;
    }

    Optional<String> of(Product p) {
        if (domain == null) {
            return Optional.empty();
        }
        try {
            String gtin = p.text(org.tradekit.catalog.ProductField.GTIN);
            if (gtin != null && Gtin.isValid(gtin)) {
                return Optional.of(ProductLink.of(domain, Gtin.parse(gtin)).uri());
            }
            if (ProductLink.isLinkableCode(p.sku())) {
                return Optional.of(ProductLink.ofProductCode(domain, p.sku()).uri());
            }
        } catch (Gs1Exception e) {
            // a domain the profile check let through but GS1's host rule does not: no code
        }
        return Optional.empty();
    }
}
