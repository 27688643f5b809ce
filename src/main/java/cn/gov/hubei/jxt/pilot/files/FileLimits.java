package cn.gov.hubei.jxt.pilot.files;

import org.springframework.util.unit.DataSize;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The configured size limits for uploads ({@code app.files.max-file-size}, default 20 MB, enforced by the store;
 * {@code app.files.max-per-application}, default 200 MB, enforced by the module that owns the files of one 申报书).
 */
public record FileLimits(DataSize maxFileSize, DataSize maxPerApplication) {

    public FileLimits {
        if (maxFileSize.toBytes() <= 0 || maxPerApplication.toBytes() <= 0) {
            throw new IllegalArgumentException("file size limits must be positive");
        }
    }

    /** The per-file limit as people read it, e.g. {@code 20 MB}. */
    public String maxFileSizeText() {
        return describe(maxFileSize.toBytes());
    }

    /** The per-application limit as people read it, e.g. {@code 200 MB}. */
    public String maxPerApplicationText() {
        return describe(maxPerApplication.toBytes());
    }

    /**
     * A size in the largest binary unit that keeps it at one or more, with at most one decimal:
     * {@code 20 MB}, {@code 1.5 MB}, {@code 512 KB}, {@code 100 B}. Units are the international symbols, so the text
     * reads the same in Chinese and English messages.
     */
    public static String describe(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("size must not be negative: " + bytes);
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int unit = 0;
        long divisor = 1;
        while (unit < units.length - 1 && bytes >= divisor * 1024) {
            divisor *= 1024;
            unit++;
        }
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(divisor), 1, RoundingMode.DOWN)
                .stripTrailingZeros();
        return value.toPlainString() + " " + units[unit];
    }
}
