package org.tradekit.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.ProductField;
import org.tradekit.i18n.Formats;
import org.tradekit.work.Work;

class PriceListTest {
    @TempDir
    Path dir;

    @Test
    void vietnamesePricesHaveNoDecimalsAndTheValidityDate() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            Path out = dir.resolve("prices.pdf");
            app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.PRICELIST, DocumentLanguage.VI)
                    .withSkus(List.of(BrochureFixture.COFFEE, BrochureFixture.HONEY))
                    .withPrices("VND", 0, LocalDate.of(2026, 12, 31), false)), out, Work.NONE);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                String text = BrochurePdfs.text(doc, 0);
                Formats vi = new Formats(DocumentLanguage.VI.locale()); // "120.000 ₫" with a no-break space
                assertThat(vi.vnd(120_000)).isEqualTo("120.000\u00a0₫");
                assertThat(text).contains("Bảng giá", "Có hiệu lực đến 31/12/2026", "Đơn vị tiền: VND", "Giá lẻ", "Giá sỉ",
                        BrochureFixture.COFFEE_VI, vi.vnd(120_000) + " " + vi.vnd(95_000) + " " + vi.usdCents(450),
                        "Mật ong hoa nhãn – " + vi.vnd(180_000) + " – –");
            }
        }
    }

    @Test
    void aLongListRepeatsItsHeaderOnEveryPageAndConvertsWithARate() throws Exception {
        try (AppContext app = TestContexts.open(dir.resolve("data"))) {
            for (int i = 0; i < 120; i++) {
                app.catalog().save(TestContexts.product(String.format("P-%03d", i), "Sản phẩm " + i, "Product " + i)
                        .with(ProductField.PRICE_VND, 25_000L * (i + 1)).with(ProductField.EXPORT_PRICE_USD, 100L + i));
            }
            Path out = dir.resolve("prices.pdf");
            BrochureResult r = app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.PRICELIST,
                    DocumentLanguage.EN).withPrices("USD", 25_000, null, false)), out, Work.NONE);
            assertThat(r.pages()).isGreaterThan(2);
            assertThat(r.warnings()).contains(new BrochureWarning("brochure.warning.noDomain"));
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                StringBuilder all = new StringBuilder();
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    String text = BrochurePdfs.text(doc, p);
                    assertThat(text).as("page " + (p + 1)).contains("Code Product Quantity Retail Wholesale Export");
                    all.append(text);
                }
                for (int i = 0; i < 120; i++) { // every row once, none lost at a page break
                    assertThat(all.toString().split(String.format("P-%03d ", i), -1)).hasSize(2);
                }
                assertThat(all).contains("P-000 Product 0 – $1.00 – $1.00", "P-119 Product 119 – $120.00 – $2.19",
                        "Prices in USD (1 USD = ₫25,000)");
            }
        }
    }
}
