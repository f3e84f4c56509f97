package org.tradekit.coop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.text.Fold;

/**
 * How the cooperative presents itself in print: its story in Vietnamese and in English (the
 * catalogue's introduction) and its colour, written #RRGGBB (the brochures' accent). Kept apart
 * from {@link CoopProfile} so the profile's many users stay as they are; blank texts are null,
 * stories keep their line breaks, the colour is upper case.
 */
public record CoopBrand(String storyVi, String storyEn, String colour) {
    /** About a page's introduction at body size; a longer story would be cut off in print. */
    public static final int STORY_MAX = 1500;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");

    public CoopBrand {
        storyVi = Fold.clean(storyVi);
        storyEn = Fold.clean(storyEn);
        colour = Fold.clean(colour) == null ? null : Fold.clean(colour).toUpperCase(Locale.ROOT);
    }

    public static CoopBrand empty() {
        return new CoopBrand(null, null, null);
    }

    /** The broken rules, each naming its column. */
    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (storyVi != null && storyVi.length() > STORY_MAX) {
            out.add(FieldProblem.of("story_vi", "coop.error.storyTooLong", storyVi.length(), STORY_MAX));
        }
        if (storyEn != null && storyEn.length() > STORY_MAX) {
            out.add(FieldProblem.of("story_en", "coop.error.storyTooLong", storyEn.length(), STORY_MAX));
        }
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            out.add(FieldProblem.of("brand_colour", "coop.error.brandColour"));
        }
        return out;
    }

    /** The stored columns and their values. */
    java.util.Map<String, Object> columns() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("story_vi", storyVi);
        m.put("story_en", storyEn);
        m.put("brand_colour", colour);
        return m;
    }
}
