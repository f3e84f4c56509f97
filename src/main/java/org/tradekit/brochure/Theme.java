package org.tradekit.brochure;

import java.awt.Color;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A brochure's look: an accent colour (headings, rules, table header), a light tint of it (panels,
 * alternate table rows) and the type sizes at A4. Three themes ship; a cooperative's own colour can
 * replace the accent ({@link #withAccent}).
 */
public record Theme(String name, Color accent, Color tint, float titleSize, float headingSize, float bodySize) {
    public static final Theme FOREST = new Theme("forest", new Color(0x2E7D32), new Color(0xE8F3E8), 26, 15, 10);
    public static final Theme RIVER = new Theme("river", new Color(0x1565C0), new Color(0xE6EFFA), 26, 15, 10);
    public static final Theme CLAY = new Theme("clay", new Color(0x8D4B2A), new Color(0xF6ECE4), 28, 16, 10.5f);
    static final Color TEXT = new Color(0x212121);
    static final Color MUTED = new Color(0x616161);

    public static Theme[] all() {
        return new Theme[] {FOREST, RIVER, CLAY};
    }

    public static Optional<Theme> of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(all()).filter(t -> t.name.equals(n)).findFirst();
    }

    /** The same theme in another accent colour (a cooperative's own), with a tint made from it. */
    public Theme withAccent(Color colour) {
        Color t = new Color(mix(colour.getRed()), mix(colour.getGreen()), mix(colour.getBlue()));
        return new Theme(name, colour, t, titleSize, headingSize, bodySize);
    }

    /** A colour written #RRGGBB. */
    public static Optional<Color> colour(String hex) {
        if (hex == null || !hex.strip().matches("#?[0-9a-fA-F]{6}")) {
            return Optional.empty();
        }
        return Optional.of(new Color(Integer.parseInt(hex.strip().replace("#", ""), 16)));
    }

    private static int mix(int c) {
        return 255 - (255 - c) / 10; // 90 % white
    }
}
