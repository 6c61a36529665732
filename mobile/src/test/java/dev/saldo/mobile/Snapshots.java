package dev.saldo.mobile;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;

/** Writes what a scene shows to a PNG without a screen or javafx-swing: snapshot, pixels, ImageIO. */
final class Snapshots {

    static final Path DIRECTORY = Path.of(System.getProperty("saldo.snapshots.dir", "target/snapshots"));

    private Snapshots() {
    }

    static Path write(Scene scene, String fileName)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Image image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Files.createDirectories(DIRECTORY);
        Path file = DIRECTORY.resolve(fileName);
        ImageIO.write(toBufferedImage(image), "png", file.toFile());
        return file;
    }

    private static BufferedImage toBufferedImage(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return buffered;
    }
}
