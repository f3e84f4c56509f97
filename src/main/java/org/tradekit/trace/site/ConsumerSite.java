package org.tradekit.trace.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.gs1.Gs1Exception;
import org.tradekit.photo.PhotoException;
import org.tradekit.photo.WebImages;
import org.tradekit.trace.TraceException;
import org.tradekit.work.Work;

/**
 * Exports the consumer pages: one folder per lot at the path its QR link names
 * ({@code 01/{gtin14}/10/{lot}/} or {@code p/{code}/10/{lot}/}, decision 0008) holding
 * {@code index.html} (Vietnamese) and {@code en.html} (English), and each product photo once in
 * {@code assets/}. Any static web host serving the folder at the cooperative's traceability domain
 * answers the QR codes. The site is written into a temporary sibling folder and moved into place at
 * the end, so a cancelled or failed export leaves the previous site (or nothing), never half of one.
 */
public final class ConsumerSite {
    /** Marks a folder as an exported site, so a new export may replace it (and nothing else). */
    public static final String MARKER = ".tradekit-site";
    public static final String ASSETS = "assets";
    static final int PHOTO_SIDE = 800;

    /** What an export wrote. */
    public record Result(Path dir, int lots, int photos) {
    }

    private final SiteSources sources;
    private final CoopProfileService coop;
    private final WebImages images;
    private final Clock clock;

    public ConsumerSite(SiteSources sources, CoopProfileService coop, WebImages images, Clock clock) {
        this.sources = sources;
        this.coop = coop;
        this.images = images;
        this.clock = clock;
    }

    /**
     * Writes the site into {@code out}, replacing an earlier export there.
     *
     * @throws Gs1Exception   no traceability domain is set (the pages' links need it)
     * @throws TraceException {@code out} holds something else than an earlier export, or cannot be written
     * @throws java.util.concurrent.CancellationException cancelled; nothing changed in {@code out}
     */
    public Result export(Path out, Work work) {
        if (coop.traceDomain().isEmpty()) {
            throw new Gs1Exception("gs1.link.error.noDomain");
        }
        CoopProfile profile = coop.load().orElseThrow();
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial-");
            Result r = write(temp, profile, work);
            replace(temp, target);
            temp = null;
            return new Result(target, r.lots(), r.photos());
        } catch (IOException e) {
            throw new TraceException("trace.site.error.write", target, e.getMessage());
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    private Result write(Path dir, CoopProfile profile, Work work) throws IOException {
        LotPageReader reader = new LotPageReader(sources);
        LocalDate today = LocalDate.now(clock);
        LotPageHtml vi = new LotPageHtml(new SiteTexts("vi"), profile, today);
        LotPageHtml en = new LotPageHtml(new SiteTexts("en"), profile, today);
        Files.createDirectories(dir.resolve(ASSETS));
        Files.writeString(dir.resolve(MARKER), "Trade Kit consumer site\n", StandardCharsets.UTF_8);
        Map<String, String> assets = new HashMap<>(); // photo sha -> asset file name, or "" when it could not be made
        List<String> ids = reader.lotIds();
        int done = 0;
        for (String id : ids) {
            work.cancel().check();
            LotPage page = reader.read(id);
            String asset = page.photoAsset() == null ? null : assets.computeIfAbsent(page.photoAsset(), sha -> photo(dir, sha));
            page = withAsset(page, asset == null || asset.isEmpty() ? null : asset);
            Path folder = dir.resolve(page.path());
            Files.createDirectories(folder);
            String up = "../".repeat(page.path().split("/").length) + ASSETS + "/";
            Files.writeString(folder.resolve("index.html"), vi.render(page, "en.html", up), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("en.html"), en.render(page, "index.html", up), StandardCharsets.UTF_8);
            if (++done % 100 == 0 || done == ids.size()) {
                work.report(done, ids.size(), "trace.site.progress", done, ids.size());
            }
        }
        return new Result(dir, done, (int) assets.values().stream().filter(a -> !a.isEmpty()).count());
    }

    private static LotPage withAsset(LotPage p, String asset) {
        return new LotPage(p.path(), p.link(), p.lotCode(), p.gtin(), p.product(), p.productionDate(), p.bestBefore(),
                p.expiry(), p.origins(), p.journey(), asset);
    }

    /** The photo downsized into assets/; a missing or damaged photo leaves the pages without one rather than failing. */
    private String photo(Path dir, String sha) {
        if (!images.has(sha)) {
            return "";
        }
        try {
            String name = sha + ".jpg";
            Files.write(dir.resolve(ASSETS).resolve(name), images.jpeg(sha, PHOTO_SIDE));
            return name;
        } catch (PhotoException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkReplaceable(Path target) {
        if (!Files.isDirectory(target)) {
            if (Files.exists(target)) {
                throw new TraceException("trace.site.error.notSite", target);
            }
            return;
        }
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
                throw new TraceException("trace.site.error.notSite", target);
            }
        } catch (IOException e) {
            throw new TraceException("trace.site.error.write", target, e.getMessage());
        }
    }

    /** Swaps the new site in: the old one is moved aside first and deleted only once the new one is in place. */
    private static void replace(Path temp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the site itself is intact
        }
    }
}
