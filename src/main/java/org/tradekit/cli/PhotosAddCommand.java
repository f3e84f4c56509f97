package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.photo.PhotoException;
import org.tradekit.photo.StoredPhoto;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit photos add SKU FILE...}: imports image files as the product's photos. Prints one
 * line per photo (hash, pixels, type, bytes); a refused file is said in words and the others go on.
 */
@Command(name = "add", mixinStandardHelpOptions = true)
final class PhotosAddCommand implements Callable<Integer> {
    @ParentCommand
    PhotosCommand photos;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SKU", descriptionKey = "cli.param.sku")
    String sku;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.param.photoFiles")
    List<Path> files;

    @Option(names = "--caption", paramLabel = "TEXT", descriptionKey = "cli.opt.caption")
    String caption;

    @Override
    public Integer call() {
        RootCommand root = photos.root;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = root.open()) {
            String id = app.products().idBySku(sku)
                    .orElseThrow(() -> new UserError(Cli.REFUSED, "cli.photos.noSku", sku));
            int refused = 0;
            for (Path file : files) {
                try {
                    StoredPhoto photo = app.photoImporter().importFile(file);
                    app.productPhotos().add(id, photo, caption);
                    out.println(root.messages().get("cli.photos.added", file.getFileName(), photo.sha256(),
                            photo.width(), photo.height(), photo.mime(), photo.bytes()));
                } catch (PhotoException e) {
                    err.println(e.message(root.messages()));
                    refused++;
                }
            }
            out.flush();
            return refused == 0 ? 0 : Cli.REFUSED;
        }
    }
}
