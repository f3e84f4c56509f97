package org.tradekit.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradekit.i18n.Messages;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Big List of Naughty Strings as pasted links, as path values, as query values and as lots:
 * every one is either read or refused with a message in both languages, never an unexpected error.
 */
class NaughtyLinksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    static List<String> naughty() throws IOException {
        try (InputStream in = NaughtyLinksTest.class.getResourceAsStream("/fuzz-strings/blns/blns.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
    }

    @Test
    void everyNaughtyStringIsReadOrRefusedInWords() throws IOException {
        Messages en = new Messages(Messages.EN);
        Messages vi = new Messages(Messages.VI);
        int refused = 0;
        List<String> strings = naughty();
        for (String s : strings) {
            for (String input : List.of(s, "https://a.vn/01/09520123456788/10/" + s, "https://a.vn/01/09520123456788?17=" + s,
                    "]C1" + s, "(01)09520123456788(10)" + s)) {
                try {
                    ProductLink.parse(input, "a.vn", CLOCK);
                } catch (Gs1Exception e) {
                    refused++;
                    assertThat(en.has(e.key())).as(e.key() + " for " + input).isTrue();
                    assertThat(vi.has(e.key())).isTrue();
                    assertThat(e.message(en)).isNotBlank();
                }
            }
            try {
                ProductLink.of("a.vn", Gtin.parse("9520123456788")).withLot(s).uri();
            } catch (Gs1Exception e) {
                assertThat(en.has(e.key())).as(e.key()).isTrue();
            }
        }
        assertThat(refused).isGreaterThan(strings.size() * 3);
    }
}
