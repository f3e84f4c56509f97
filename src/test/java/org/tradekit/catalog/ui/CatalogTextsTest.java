package org.tradekit.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;

/** Categories read as words in either language, and words typed back become codes. */
class CatalogTextsTest {
    final CatalogTexts vi = new CatalogTexts(new Messages(Messages.VI), new Formats(Messages.VI));
    final CatalogTexts en = new CatalogTexts(new Messages(Messages.EN), new Formats(Messages.EN));

    @Test
    void knownCodesReadAsWordsAndOtherTextAsWritten() {
        assertThat(en.category("fish_sauce")).isEqualTo("Fish sauce");
        assertThat(vi.category("coffee")).isEqualTo("Cà phê");
        assertThat(vi.category("Hạt điều")).isEqualTo("Hạt điều");
        assertThat(vi.knownCategories()).contains("tea", "coffee", "honey", "fish_sauce").doesNotContainNull();
    }

    @Test
    void typedWordsNameTheirCodeIgnoringCaseAndMarks() {
        assertThat(vi.categoryCode("Cà phê")).isEqualTo("coffee");
        assertThat(vi.categoryCode("  ca phe ")).isEqualTo("coffee");
        assertThat(vi.categoryCode("NƯỚC MẮM")).isEqualTo("fish_sauce");
        assertThat(en.categoryCode("fish sauce")).isEqualTo("fish_sauce");
        assertThat(en.categoryCode("tea")).isEqualTo("tea");
        assertThat(en.categoryCode("Hạt điều rang")).isEqualTo("Hạt điều rang");
        assertThat(en.categoryCode("   ")).isEmpty();
    }
}
