package org.tradekit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.work.Work;

/** Search over a real SQLite file with demo products plus a few hand-made ones. */
class ProductSearchTest {
    @TempDir
    static Path dir;
    static AppContext app;

    @BeforeEach
    void open() {
        if (app == null) {
            app = TestContexts.open(dir);
            new DemoData(app.database()).generate(3_000, 42, TestContexts.TODAY, Work.NONE);
            app.catalog().save(TestContexts.product("CF-DL-01", "Cà phê Đặc sản Đắk Lắk", "Dak Lak specialty coffee")
                    .with(ProductField.GTIN, "9520999000016"));
            app.catalog().save(TestContexts.product("CF-1", "Cà phê", "Coffee"));
            app.catalog().save(TestContexts.product("HOA-1", "Trà hoà quyện", "Blended tea"));
        }
    }

    List<ProductRow> search(String q) {
        return app.productSearch().search(ProductFilter.query(q), 50, TestContexts.TODAY);
    }

    @Test
    void ignoresMarksCaseAndFoldsDToD() {
        assertThat(search("ca phe dac san dak lak")).extracting(ProductRow::sku).first().isEqualTo("CF-DL-01");
        assertThat(search("CÀ PHÊ ĐẶC SẢN ĐẮK LẮK")).extracting(ProductRow::sku).first().isEqualTo("CF-DL-01");
        assertThat(search("dac san")).isNotEmpty().allSatisfy(r -> assertThat(
                org.tradekit.text.Fold.key(r.nameVi() + " " + r.nameEn())).contains("dac san"));
    }

    @Test
    void bothTonePlacementsFindTheSameProduct() {
        assertThat(search("trà hoà quyện")).extracting(ProductRow::sku).first().isEqualTo("HOA-1");
        assertThat(search("trà hòa quyện")).extracting(ProductRow::sku).first().isEqualTo("HOA-1");
        assertThat(search("tra hoa quyen")).extracting(ProductRow::sku).first().isEqualTo("HOA-1");
    }

    @Test
    void exactMatchesComeFirst() {
        assertThat(search("ca phe").get(0).sku()).isEqualTo("CF-1");
        assertThat(search("cf-dl-01").get(0).sku()).isEqualTo("CF-DL-01");
        assertThat(search("9520999000016").get(0).sku()).isEqualTo("CF-DL-01");
    }

    @Test
    void findsByThePrefixOfTheLastWordAsTheUserTypes() {
        assertThat(search("mat on")).isNotEmpty().allSatisfy(r -> assertThat(
                org.tradekit.text.Fold.key(r.nameVi() + " " + r.nameEn() + " " + r.sku())).containsPattern("on"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"(", "'", "-x", "foo:", "AND", ".", "%", "*", "^", "NEAR(", "OR", "name:",
            "()", "\\", "'; DROP TABLE product; --", "\u0000", "😀", "ทดสอบ"})
    void anyCharactersTypedGiveResultsNotErrors(String junk) {
        assertThat(search(junk)).isNotNull();
        List<ProductRow> withJunk = search("cà phê " + junk);
        if (org.tradekit.text.Fold.wordList(junk).isEmpty()) { // punctuation only: it changes nothing
            assertThat(withJunk).isEqualTo(search("cà phê"));
        }
    }

    @Test
    void filtersNarrowTheResults() {
        ProductFilter teas5 = new ProductFilter("", "tea", Set.of(5), null, null, false);
        List<ProductRow> rows = app.productSearch().search(teas5, 0, TestContexts.TODAY);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.category()).isEqualTo("tea");
            assertThat(r.ocopStars()).isEqualTo(5);
        });
        ProductFilter attention = new ProductFilter("", null, Set.of(), null, null, true);
        assertThat(app.productSearch().search(attention, 0, TestContexts.TODAY)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.ocopState(TestContexts.TODAY)).isIn(Ocop.State.EXPIRING, Ocop.State.EXPIRED));
    }

    @Test
    void deletedProductsAreNotFoundAndComeBackWhenRestored() {
        Product p = app.catalog().save(TestContexts.product("DEL-1", "Mắm tôm chua", "Sour shrimp paste"));
        assertThat(search("mam tom chua")).extracting(ProductRow::sku).contains("DEL-1");
        app.catalog().delete(p.id());
        assertThat(search("mam tom chua")).extracting(ProductRow::sku).doesNotContain("DEL-1");
        app.catalog().undelete(p.id());
        assertThat(search("mam tom chua")).extracting(ProductRow::sku).contains("DEL-1");
    }

    @Test
    void anEditIsSearchableUnderItsNewNameOnly() {
        Product p = app.catalog().save(TestContexts.product("ED-1", "Bánh pía", "Pia cake"));
        app.catalog().save(p.with(ProductField.NAME_VI, "Bánh đậu xanh").with(ProductField.NAME_EN, "Mung bean cake"));
        assertThat(search("banh dau xanh")).extracting(ProductRow::sku).contains("ED-1");
        assertThat(search("banh pia")).extracting(ProductRow::sku).doesNotContain("ED-1");
    }
}
