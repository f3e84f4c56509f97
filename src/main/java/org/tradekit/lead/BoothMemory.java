package org.tradekit.lead;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.tradekit.store.AtomicFiles;

/**
 * What this computer remembers at the booth and does not sync: who was capturing at which fair, so
 * a restart of the app does not ask again. A small properties file in the data directory, fair id
 * to staff name; an unreadable file remembers nothing. Touches the disk: not on the UI thread.
 */
public final class BoothMemory {
    static final String FILE_NAME = "booth.properties";
    private final Path file;

    public BoothMemory(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The staff member last capturing at this fair on this computer. */
    public Optional<String> staff(String fairId) {
        return Optional.ofNullable(load().getProperty(fairId));
    }

    public void remember(String fairId, String staff) {
        Properties p = load();
        if (staff == null) {
            p.remove(fairId);
        } else {
            p.setProperty(fairId, staff);
        }
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "Trade Kit: who captures leads at which fair on this computer");
                w.flush();
            });
        } catch (IOException e) {
            throw AtomicFiles.problem(e, file);
        }
    }

    private Properties load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            // nothing remembered yet
        } catch (IOException | IllegalArgumentException e) {
            return new Properties(); // a damaged file: ask again rather than fail
        }
        return p;
    }
}
