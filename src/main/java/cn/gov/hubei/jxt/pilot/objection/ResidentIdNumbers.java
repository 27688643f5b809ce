package cn.gov.hubei.jxt.pilot.objection;

import java.util.Locale;

/** 居民身份证号码 (GB 11643-1999): 17 digits and a check character over them (0–9 or X). */
public final class ResidentIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumbers() {
    }

    /** Trims and upper-cases (a lower-case x). */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the number has 18 characters, 17 digits and the right check character. */
    public static boolean isValid(String raw) {
        String n = normalise(raw);
        if (!n.matches("[0-9]{17}[0-9X]")) {
            return false;
        }
        return n.charAt(17) == checkCharacter(n.substring(0, 17));
    }

    /** The check character of 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
