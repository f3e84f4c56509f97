package org.tradekit.brochure;

import java.io.IOException;
import java.util.List;

import org.tradekit.catalog.Product;
import org.tradekit.work.Work;

final class Catalogue {
    private Catalogue() {
    }

    static void pages(BrochureDocument d, BrochureRequest request, List<Product> products, Work work) throws IOException {
        throw new UnsupportedOperationException();
    }
}
