package org.tradekit.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.i18n.Messages;
import org.tradekit.store.Sha256;

class PhotoImporterTest {
    @TempDir
    Path data;
    @TempDir
    Path in;

    PhotoStore store;
    PhotoImporter importer;

    @BeforeEach
    void setUp() {
        store = new PhotoStore(data);
        importer = new PhotoImporter(store, new Thumbnails(store, PhotoLimits.DEFAULT), PhotoLimits.DEFAULT);
    }

    @Test
    void smallUprightJpegIsKeptByteForByteUnderItsHash() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.halves(640, 480, false), "jpg");
        Path file = TestImages.write(in, "coffee.jpg", jpeg);

        StoredPhoto p = importer.importFile(file);

        assertThat(p.sha256()).isEqualTo(Sha256.of(jpeg));
        assertThat(p).extracting(StoredPhoto::width, StoredPhoto::height, StoredPhoto::mime, StoredPhoto::bytes)
                .containsExactly(640, 480, "image/jpeg", (long) jpeg.length);
        Path stored = data.resolve("blobs").resolve(p.sha256().substring(0, 2)).resolve(p.sha256().substring(2, 4))
                .resolve(p.sha256());
        assertThat(stored).hasBinaryContent(jpeg);
        BufferedImage thumb = ImageIO.read(store.thumbnailFile(p.sha256()).toFile());
        assertThat(thumb.getWidth()).isEqualTo(256);
        assertThat(thumb.getHeight()).isEqualTo(192);
    }

    @Test
    void importingTheSameBytesAgainStoresNothingNew() throws IOException {
        byte[] png = TestImages.encode(TestImages.halves(300, 200, false), "png");
        Path a = TestImages.write(in, "a.png", png);
        Path b = TestImages.write(in, "copy-of-a.PNG", png);
        StoredPhoto first = importer.importFile(a);
        long modified = Files.getLastModifiedTime(store.file(first.sha256())).toMillis();
        List<Path> before = files(data);

        StoredPhoto second = importer.importFile(b);

        assertThat(second).isEqualTo(first);
        assertThat(files(data)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(store.file(first.sha256())).toMillis()).isEqualTo(modified);
    }

    @Test
    void largePhotoIsScaledToTheLongestSideLimitAsJpeg() throws IOException {
        Path file = TestImages.write(in, "field.png", TestImages.encode(TestImages.halves(5000, 1250, false), "png"));

        StoredPhoto p = importer.importFile(file);

        assertThat(p.width()).isEqualTo(2048);
        assertThat(p.height()).isEqualTo(512);
        assertThat(p.mime()).isEqualTo("image/jpeg");
        BufferedImage stored = ImageIO.read(store.file(p.sha256()).toFile());
        assertThat(stored.getWidth()).isEqualTo(2048);
        assertThat(stored.getHeight()).isEqualTo(512);
        assertThat(TestImages.isRedish(stored.getRGB(100, 256))).isTrue();
        assertThat(TestImages.isBlueish(stored.getRGB(1900, 256))).isTrue();
        assertThat(Files.readAllBytes(store.file(p.sha256()))).startsWith(0xFF, 0xD8); // really a JPEG
    }

    @Test
    void theLimitIsConfigurable() throws IOException {
        PhotoImporter small = new PhotoImporter(store, new Thumbnails(store, PhotoLimits.DEFAULT),
                PhotoLimits.DEFAULT.withMaxSide(800));
        Path file = TestImages.write(in, "p.jpg", TestImages.encode(TestImages.halves(1200, 900, false), "jpg"));

        assertThat(small.importFile(file)).extracting(StoredPhoto::width, StoredPhoto::height).containsExactly(800, 600);
    }

    @Test
    void largePngWithTransparencyStaysPngAndKeepsItsClearPixels() throws IOException {
        Path file = TestImages.write(in, "logo.png", TestImages.encode(TestImages.halves(4096, 2048, true), "png"));

        StoredPhoto p = importer.importFile(file);

        assertThat(p.mime()).isEqualTo("image/png");
        assertThat(p.width()).isEqualTo(2048);
        BufferedImage stored = ImageIO.read(store.file(p.sha256()).toFile());
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertThat(stored.getRGB(5, 5) >>> 24).isZero(); // the clear corner
        assertThat(stored.getRGB(1000, 1000) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void exifOrientationSixTurnsThePixelsAQuarterClockwise() throws IOException {
        // a phone held upright stores a landscape raster and says "turn me": red left half, blue right half
        byte[] jpeg = TestImages.withExifOrientation(TestImages.encode(TestImages.halves(400, 200, false), "jpg"), 6);
        Path file = TestImages.write(in, "phone.jpg", jpeg);
        assertThat(Orientation.read(file)).isEqualTo(6);

        StoredPhoto p = importer.importFile(file);

        assertThat(p.width()).isEqualTo(200);
        assertThat(p.height()).isEqualTo(400);
        assertThat(p.sha256()).isNotEqualTo(Sha256.of(jpeg)); // re-encoded upright, no tag left to apply twice
        BufferedImage stored = ImageIO.read(store.file(p.sha256()).toFile());
        assertThat(stored.getWidth()).isEqualTo(200);
        assertThat(TestImages.isRedish(stored.getRGB(100, 50))).as("top was the left").isTrue();
        assertThat(TestImages.isBlueish(stored.getRGB(100, 350))).as("bottom was the right").isTrue();
        assertThat(Orientation.read(store.file(p.sha256()))).isEqualTo(Orientation.NORMAL);
        BufferedImage thumb = ImageIO.read(store.thumbnailFile(p.sha256()).toFile());
        assertThat(thumb.getHeight()).isEqualTo(256);
        assertThat(thumb.getWidth()).isEqualTo(128);
    }

    @Test
    void everyOrientationMapsCornersAsExifSays() {
        // a 3x2 image with distinct pixels; expected layouts per the EXIF/TIFF specification
        BufferedImage src = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        int[] px = {1, 2, 3, 4, 5, 6}; // row-major: 1 2 3 / 4 5 6
        src.setRGB(0, 0, 3, 2, px, 0, 3);
        assertThat(rows(Orientation.apply(src, 1))).isEqualTo("123/456");
        assertThat(rows(Orientation.apply(src, 2))).isEqualTo("321/654");
        assertThat(rows(Orientation.apply(src, 3))).isEqualTo("654/321");
        assertThat(rows(Orientation.apply(src, 4))).isEqualTo("456/123");
        assertThat(rows(Orientation.apply(src, 5))).isEqualTo("14/25/36");
        assertThat(rows(Orientation.apply(src, 6))).isEqualTo("41/52/63");
        assertThat(rows(Orientation.apply(src, 7))).isEqualTo("63/52/41");
        assertThat(rows(Orientation.apply(src, 8))).isEqualTo("36/25/14");
    }

    private static String rows(BufferedImage img) {
        StringBuilder s = new StringBuilder();
        for (int y = 0; y < img.getHeight(); y++) {
            if (y > 0) {
                s.append('/');
            }
            for (int x = 0; x < img.getWidth(); x++) {
                s.append(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return s.toString();
    }

    @Test
    void aPngClaiming60000By60000IsRefusedFromItsHeaderWithoutAllocating() throws IOException {
        Path file = TestImages.write(in, "bomb.png", TestImages.pngHeaderClaiming(60_000, 60_000));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated0 = threads.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();

        PhotoException e = catchThrowableOfType(PhotoException.class, () -> importer.importFile(file));

        long ms = (System.nanoTime() - t0) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocated0;
        assertThat(e.key()).isEqualTo("photo.error.tooManyPixels");
        assertThat(e.args()).containsExactly("bomb.png", 60_000, 60_000, 100L);
        assertThat(ms).isLessThan(2_000);
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(32L * 1024 * 1024);
        assertThat(files(data)).isEmpty();
    }

    @Test
    void aTextFileNamedJpgIsNotAPhoto() throws IOException {
        Path file = TestImages.write(in, "menu.jpg", "Cà phê Buôn Ma Thuột, 120.000 ₫\n".getBytes(StandardCharsets.UTF_8));

        PhotoException e = catchThrowableOfType(PhotoException.class, () -> importer.importFile(file));

        assertThat(e.key()).isEqualTo("photo.error.notImage");
        assertThat(e.message(Messages.of("en"))).startsWith("menu.jpg is not a photo");
        assertThat(e.message(Messages.of("vi"))).startsWith("menu.jpg không phải là ảnh");
        assertThat(files(data)).isEmpty();
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamaged() throws IOException {
        byte[] jpeg = TestImages.encode(TestImages.halves(640, 480, false), "jpg");
        Path file = TestImages.write(in, "cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));

        PhotoException e = catchThrowableOfType(PhotoException.class, () -> importer.importFile(file));

        assertThat(e.key()).isEqualTo("photo.error.damaged");
        assertThat(files(data)).isEmpty();
    }

    @Test
    void aPngCutShortIsRefusedAsDamaged() throws IOException {
        byte[] png = TestImages.encode(TestImages.halves(640, 480, false), "png");
        Path file = TestImages.write(in, "cut.png", Arrays.copyOf(png, png.length - 40));

        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOfSatisfying(PhotoException.class,
                e -> assertThat(e.key()).isEqualTo("photo.error.damaged"));
        assertThat(files(data)).isEmpty();
    }

    @Test
    void webpAndHeicAreRecognisedAndRefusedAsNotSupported() throws IOException {
        byte[] webp = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        webp[4] = 56;
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        byte[] heic = new byte[64];
        heic[3] = 24;
        System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 8);
        Path w = TestImages.write(in, "photo.jpg", webp);
        Path h = TestImages.write(in, "IMG_0001.HEIC", heic);

        PhotoException ew = catchThrowableOfType(PhotoException.class, () -> importer.importFile(w));
        PhotoException eh = catchThrowableOfType(PhotoException.class, () -> importer.importFile(h));

        assertThat(ew.key()).isEqualTo("photo.error.unsupported");
        assertThat(ew.args()[1]).isEqualTo("WebP");
        assertThat(eh.key()).isEqualTo("photo.error.unsupported");
        assertThat(eh.message(Messages.of("en"))).contains("IMG_0001.HEIC", "JPEG or PNG");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        PhotoLimits tiny = new PhotoLimits(1024 * 1024, 100_000_000L, 2048, 256, 0.85f);
        PhotoImporter strict = new PhotoImporter(store, new Thumbnails(store, tiny), tiny);
        Path file = TestImages.write(in, "huge.bmp", new byte[1024 * 1024 + 1]);

        PhotoException e = catchThrowableOfType(PhotoException.class, () -> strict.importFile(file));

        assertThat(e.key()).isEqualTo("photo.error.tooLarge");
        assertThat(e.args()).containsExactly("huge.bmp", 2L, 1L);
    }

    @Test
    void bmpIsAlwaysReencodedAndGifKeptAsIs() throws IOException {
        byte[] bmp = TestImages.encode(TestImages.halves(120, 80, false), "bmp");
        byte[] gif = TestImages.encode(TestImages.halves(120, 80, false), "gif");

        StoredPhoto b = importer.importFile(TestImages.write(in, "scan.bmp", bmp));
        StoredPhoto g = importer.importFile(TestImages.write(in, "anim.gif", gif));

        assertThat(b.mime()).isEqualTo("image/jpeg");
        assertThat(b.bytes()).isLessThan(bmp.length);
        assertThat(g.mime()).isEqualTo("image/gif");
        assertThat(store.file(g.sha256())).hasBinaryContent(gif);
    }

    @Test
    void aMissingThumbnailIsMadeAgainFromThePhoto() throws IOException {
        StoredPhoto p = importer.importFile(TestImages.write(in, "a.jpg",
                TestImages.encode(TestImages.halves(1000, 500, false), "jpg")));
        Thumbnails thumbnails = new Thumbnails(store, PhotoLimits.DEFAULT);
        Files.delete(store.thumbnailFile(p.sha256()));

        Path thumb = thumbnails.of(p.sha256());

        BufferedImage t = ImageIO.read(thumb.toFile());
        assertThat(t.getWidth()).isEqualTo(256);
        assertThat(t.getHeight()).isEqualTo(128);
        assertThatThrownBy(() -> thumbnails.of("0".repeat(64))).isInstanceOfSatisfying(PhotoException.class,
                e -> assertThat(e.key()).isEqualTo("photo.error.missing"));
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
