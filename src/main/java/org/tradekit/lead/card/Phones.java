package org.tradekit.lead.card;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers through libphonenumber. A number without a country code is read as Vietnamese
 * (the cooperatives' home region and most visitors at home fairs); a valid number gets its E.164 form.
 */
public final class Phones {
    public static final String DEFAULT_REGION = "VN";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** libphonenumber refuses longer input anyway; cutting first keeps hostile text cheap. */
    private static final int MAX_LENGTH = 250;

    private Phones() {
    }

    public static CardPhone normalise(String raw) {
        return normalise(raw, DEFAULT_REGION);
    }

    /** As {@link #normalise(String)}, a number without a country code read as one of {@code region} (ISO alpha-2). */
    public static CardPhone normalise(String raw, String region) {
        try {
            PhoneNumber n = UTIL.parse(raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw,
                    region == null ? DEFAULT_REGION : region);
            if (UTIL.isValidNumber(n)) {
                return new CardPhone(raw, UTIL.format(n, PhoneNumberFormat.E164), true);
            }
        } catch (NumberParseException e) {
            // not a number at all: kept raw, flagged invalid
        }
        return new CardPhone(raw, null, false);
    }

    /** The phone numbers written anywhere in free text, as written. */
    static List<String> findIn(String text) {
        List<String> found = new ArrayList<>();
        for (PhoneNumberMatch m : UTIL.findNumbers(text, DEFAULT_REGION)) {
            found.add(m.rawString());
        }
        return found;
    }
}
