package org.tradekit.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.store.Sha256;
import org.tradekit.store.StoreException;

class PhotoStoreTest {
    @TempDir
    Path data;

    @Test
    void filesAreNamedByTheirHashInTwoLevelsOfFolders() {
        PhotoStore store = new PhotoStore(data);
        byte[] bytes = "not really a photo, the store does not care".getBytes(StandardCharsets.UTF_8);

        String sha = store.put(bytes);

        assertThat(sha).isEqualTo(Sha256.of(bytes)).matches("[0-9a-f]{64}");
        assertThat(data.resolve("blobs/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha)).hasBinaryContent(bytes);
        assertThat(store.list()).containsExactly(sha);
    }

    @Test
    void aStreamThatDoesNotHashToItsNameLeavesNothing() throws IOException {
        PhotoStore store = new PhotoStore(data);
        byte[] bytes = "photo".getBytes(StandardCharsets.UTF_8);
        String wrong = Sha256.of("another photo".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.putVerified(new ByteArrayInputStream(bytes), wrong))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("photo.error.hashMismatch"));

        assertThat(PhotoImporterTest.files(data)).isEmpty(); // no temporary file left either
        assertThat(store.putVerified(new ByteArrayInputStream(bytes), Sha256.of(bytes))).isTrue();
        assertThat(store.putVerified(new ByteArrayInputStream(new byte[0]), Sha256.of(bytes))).isFalse();
    }

    @Test
    void unfinishedWritesAndStrayFilesAreNotListedAsPhotos() throws IOException {
        PhotoStore store = new PhotoStore(data);
        String sha = store.put(new byte[] {1, 2, 3});
        Path folder = store.file(sha).getParent();
        Files.writeString(folder.resolve("." + sha + ".1234.tmp"), "half");
        Files.writeString(folder.resolve("notes.txt"), "x");

        assertThat(store.list()).containsExactly(sha);
    }

    @Test
    void namesThatAreNotHashesAreRefused() {
        PhotoStore store = new PhotoStore(data);
        assertThatThrownBy(() -> store.file("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.file("ABCDEF" + "0".repeat(58))).isInstanceOf(IllegalArgumentException.class);
    }
}
