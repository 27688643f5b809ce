package cn.gov.hubei.jxt.pilot.platform;

/**
 * Personal data as lists show it: enough to tell cases apart, not enough to identify anyone. {@code null} and blank
 * values give the empty string.
 */
public final class Masks {

    private Masks() {
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***, John Smith → J*********. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(Math.max(1, n.codePointCount(first, n.length())));
    }

    /** 13812345678 → 138****5678; a shorter number keeps its last 2. */
    public static String telephone(String telephone) {
        if (telephone == null || telephone.isBlank()) {
            return "";
        }
        String t = telephone.strip();
        if (t.length() >= 11) {
            return t.substring(0, 3) + "*".repeat(t.length() - 7) + t.substring(t.length() - 4);
        }
        return "*".repeat(Math.max(1, t.length() - 2)) + t.substring(Math.max(0, t.length() - 2));
    }

    /** alice@example.com → a***@example.com. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        String e = email.strip();
        int at = e.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return e.charAt(0) + "***" + e.substring(at);
    }

    /** 42010619900307123X → 420***********123X: the first 3 and the last 4 (an 8-or-shorter number: the last 2). */
    public static String idNumber(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String n = number.strip();
        if (n.length() > 8) {
            return n.substring(0, 3) + "*".repeat(n.length() - 7) + n.substring(n.length() - 4);
        }
        return "*".repeat(Math.max(1, n.length() - 2)) + n.substring(Math.max(0, n.length() - 2));
    }
}
