package org.tradekit.catalog;

import java.util.List;

/** A photo of a product: the content hash of its file in the photo store, its place and caption. */
public record ProductPhoto(String id, String sha256, int position, String caption) {

    /**
     * The product's main photo given the one wanted: that one when it is among the photos, else the
     * first photo, else none. Labels, brochures and the list show the main photo, so a product with
     * photos always has one (the rule {@code ProductPhotos} follows too).
     */
    public static String mainOf(List<ProductPhoto> photos, String wanted) {
        if (photos.stream().anyMatch(p -> p.sha256().equals(wanted))) {
            return wanted;
        }
        return photos.isEmpty() ? null : photos.get(0).sha256();
    }
}
