package org.tradekit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates in a brochure's language: each CJK locale in its own order and marks; vi and en as before. */
class FormatsDatesTest {
    static final LocalDate DAY = LocalDate.of(2026, 10, 15);

    @Test
    void chineseKoreanAndJapaneseDatesUseTheirOwnMediumStyle() {
        assertThat(new Formats(Locale.SIMPLIFIED_CHINESE).date(DAY)).isEqualTo("2026年10月15日");
        assertThat(new Formats(Locale.KOREAN).date(DAY)).isEqualTo("2026. 10. 15.");
        assertThat(new Formats(Locale.JAPANESE).date(DAY)).isEqualTo("2026/10/15");
    }

    @Test
    void vietnameseAndEnglishDatesAreUnchanged() {
        assertThat(new Formats(Locale.forLanguageTag("vi")).date(DAY)).isEqualTo("15/10/2026");
        assertThat(new Formats(Locale.US).date(DAY)).isEqualTo("Oct 15, 2026");
        assertThat(new Formats(Locale.ENGLISH).date(DAY)).isEqualTo("Oct 15, 2026");
    }
}
