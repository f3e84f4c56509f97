package org.tradekit.catalog.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which character set a text file is in. A byte-order mark decides (UTF-8, UTF-16); otherwise the
 * whole file is checked as UTF-8. Bytes that are not UTF-8 come from an old "ANSI" save: read as
 * windows-1258 (Vietnamese) when the file holds a byte that is a Vietnamese letter or tone mark
 * there, else as windows-1252 (the two agree on every other byte). The report says so.
 */
record TextEncoding(Charset charset, int bomLength, boolean fallback) {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The bytes where windows-1258 has Vietnamese letters or combining tone marks and 1252 Latin ones. */
    private static final boolean[] VIETNAMESE = new boolean[256];

    static {
        for (int b : new int[] {0xC3, 0xCC, 0xD0, 0xD2, 0xD5, 0xDD, 0xDE, 0xE3, 0xEC, 0xF0, 0xF2, 0xF5, 0xFD, 0xFE}) {
            VIETNAMESE[b] = true;
        }
    }

    static TextEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, false);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, false);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, false);
        }
        if (isUtf8(file)) {
            return new TextEncoding(StandardCharsets.UTF_8, 0, false);
        }
        return new TextEncoding(hasVietnameseBytes(file) ? WINDOWS_1258 : WINDOWS_1252, 0, true);
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buf = new char[1 << 16];
            while (r.read(buf) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasVietnameseBytes(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int b;
            while ((b = in.read()) >= 0) {
                if (VIETNAMESE[b]) {
                    return true;
                }
            }
            return false;
        }
    }
}
