package org.tradekit.label.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.photo.PhotoStore;

/** The cooperative's logo for labels: the bytes its profile names by hash, from the photo store. */
public final class LabelLogo {
    private final CoopProfileService coop;
    private final PhotoStore photos;

    public LabelLogo(CoopProfileService coop, PhotoStore photos) {
        this.coop = coop;
        this.photos = photos;
    }

    /** Whether labels can show the logo: the profile names one and its file is in the store (reads the database). */
    public boolean available() {
        String sha = sha();
        return sha != null && Files.isRegularFile(photos.file(sha));
    }

    /** The logo file's bytes; refused in words when the profile has no logo or its file is not in the store. */
    public byte[] bytes() {
        String sha = sha();
        if (sha == null) {
            throw new LabelRunException("label.logo.error.none");
        }
        Path file = photos.file(sha);
        if (!Files.isRegularFile(file)) {
            throw new LabelRunException("label.logo.error.missing", sha.substring(0, 12));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LabelRunException("label.logo.error.read", file, e.getMessage());
        }
    }

    private String sha() {
        String sha = coop.load().map(CoopProfile::logoSha256).orElse(null);
        return sha != null && PhotoStore.isSha256(sha) ? sha : null;
    }
}
