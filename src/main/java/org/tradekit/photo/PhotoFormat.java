package org.tradekit.photo;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;

/**
 * The image formats the importer reads, told apart by their content (magic bytes), never by the
 * file's extension. BMP and TIFF are always re-encoded: browsers and PDF pages do not show them
 * well and BMP is uncompressed.
 */
public enum PhotoFormat {
    JPEG("jpeg", "image/jpeg", false),
    PNG("png", "image/png", false),
    GIF("gif", "image/gif", false),
    BMP("bmp", "image/bmp", true),
    TIFF("tiff", "image/tiff", true);

    private final String imageIoName;
    private final String mime;
    private final boolean alwaysReencode;

    PhotoFormat(String imageIoName, String mime, boolean alwaysReencode) {
        this.imageIoName = imageIoName;
        this.mime = mime;
        this.alwaysReencode = alwaysReencode;
    }

    public String imageIoName() {
        return imageIoName;
    }

    public String mime() {
        return mime;
    }

    boolean alwaysReencode() {
        return alwaysReencode;
    }

    /**
     * Recognises the format from the first bytes.
     *
     * @param name the file's name, for the message
     * @throws PhotoException {@code photo.error.unsupported} for images we cannot read (WebP, HEIC...),
     *                        {@code photo.error.notImage} for anything else
     */
    static PhotoFormat sniff(byte[] head, String name) {
        FileType type;
        try {
            type = FileTypeDetector.detectFileType(new BufferedInputStream(new ByteArrayInputStream(head)));
        } catch (IOException e) {
            type = FileType.Unknown;
        }
        return switch (type) {
            case Jpeg -> JPEG;
            case Png -> PNG;
            case Gif -> GIF;
            case Bmp -> BMP;
            case Tiff -> TIFF;
            case WebP, Heif, Psd, Ico, Pcx, Eps, Arw, Crw, Cr2, Nef, Orf, Raf, Rw2, Crx ->
                throw new PhotoException("photo.error.unsupported", null, name, type.getName());
            default -> throw new PhotoException("photo.error.notImage", null, name);
        };
    }
}
