package cn.gov.hubei.jxt.pilot.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a .docx package with one fixed time on every entry. POI stamps each entry with the current time, so two
 * renderings of the same submitted version would differ in their bytes; with this they are identical.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static byte[] withTime(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                // local time as the zip format stores it: independent of the server's time zone
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the .docx package could not be rewritten", e);
        }
        return bytes.toByteArray();
    }
}
