package cn.gov.hubei.jxt.pilot.documents.internal;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The printed size of a figure: its pixels at 96 dpi, scaled down (never up) to fit the text width and a height that
 * leaves room for the caption on the same page. Only the image header is read, not the pixels.
 */
final class FigureSizes {

    static final double MAX_WIDTH_POINTS = ApplicationLayout.TEXT_WIDTH / 20.0;
    static final double MAX_HEIGHT_POINTS = 17 * 72 / 2.54;
    private static final double POINTS_PER_PIXEL = 72.0 / 96.0;

    record Size(double widthPoints, double heightPoints) {
    }

    Size fit(byte[] image) {
        int[] pixels = pixels(image);
        double width = pixels[0] * POINTS_PER_PIXEL;
        double height = pixels[1] * POINTS_PER_PIXEL;
        double scale = Math.min(1.0, Math.min(MAX_WIDTH_POINTS / width, MAX_HEIGHT_POINTS / height));
        // whole tenths of a point, so that the two documents print the same size
        return new Size(Math.floor(width * scale * 10) / 10, Math.floor(height * scale * 10) / 10);
    }

    static int[] pixels(byte[] image) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("the figure is not an image this server can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new IllegalArgumentException("the figure has no pixels");
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the figure cannot be read", e);
        }
    }
}
