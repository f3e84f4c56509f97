package org.tradekit.print.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * An independent decoder for printed codes: a PDF's pages rendered at 300 dpi by poppler's
 * {@code pdftoppm} and read by {@code zbarimg} (Debian: {@code apt-get install -y zbar-tools
 * poppler-utils}). Tests using it are skipped, with that advice, where the tools are missing.
 */
public final class Zbar {
    private Zbar() {
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(onPath("zbarimg") && onPath("pdftoppm"),
                "zbarimg or pdftoppm missing: apt-get install -y zbar-tools poppler-utils to run this cross-check");
    }

    /** Every code zbar finds on every page, as {@code TYPE:content} lines. */
    public static List<String> decodePdf(Path pdf, Path workDir) throws IOException, InterruptedException {
        return decode(renderPages(pdf, workDir));
    }

    /** The PDF's pages as 300 dpi PNG files, in page order. */
    public static List<Path> renderPages(Path pdf, Path workDir) throws IOException, InterruptedException {
        Path pages = Files.createDirectories(workDir.resolve("zbar-pages"));
        run(pages, "pdftoppm", "-r", "300", "-png", pdf.toString(), pages.resolve("p").toString());
        try (Stream<Path> files = Files.list(pages)) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    /** Every code zbar finds in the images, as {@code TYPE:content} lines; one zbarimg process for them all. */
    public static List<String> decode(List<Path> images) throws IOException, InterruptedException {
        if (images.isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of("zbarimg", "-q"));
        images.forEach(p -> command.add(p.toString()));
        return run(images.get(0).getParent(), command.toArray(String[]::new));
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // zbarimg complains about D-Bus on stderr
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertThat(exit).as("%s exit code", command[0]).isIn(0, 4); // zbarimg: 4 = no code on a page
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
