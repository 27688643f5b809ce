package cn.gov.hubei.jxt.pilot.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password and lockout policy in force (defaults: at least 8 characters of 3 of the 4 classes, not containing
 * the user name; 5 failures within 15 minutes lock the account for 30 minutes; sessions end after 30 idle minutes).
 * The security administrator changes it.
 */
public record PasswordPolicy(int minLength, int minCharacterClasses, boolean forbidUsername, int maxFailures,
                             int failureWindowMinutes, int lockMinutes, int idleTimeoutMinutes, int version) {

    /**
     * The longest password, in UTF-8 bytes: bcrypt uses only the first 72 bytes, so a longer one is refused rather
     * than silently cut. A Chinese character takes 3 bytes, a letter, digit or ASCII symbol 1.
     */
    public static final int MAX_BYTES = 72;

    /** A rule a candidate password breaks: a message key and its arguments. */
    public record Violation(String messageKey, Object... arguments) {
    }

    /** {@link #MAX_BYTES}, for pages. */
    public int maxBytes() {
        return MAX_BYTES;
    }

    /** How many Chinese characters (3 bytes each) fit into {@link #MAX_BYTES}. */
    public int maxChineseCharacters() {
        return MAX_BYTES / 3;
    }

    public Duration failureWindow() {
        return Duration.ofMinutes(failureWindowMinutes);
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }

    public Duration idleTimeout() {
        return Duration.ofMinutes(idleTimeoutMinutes);
    }

    /** Every rule the candidate breaks, in the order a person would fix them; empty when it is acceptable. */
    public List<Violation> check(String candidate, String username) {
        List<Violation> violations = new ArrayList<>();
        String password = candidate == null ? "" : candidate;
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            violations.add(new Violation("password.policy.too-short", minLength));
        }
        int bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            violations.add(new Violation("password.policy.too-long", MAX_BYTES, MAX_BYTES / 3, String.valueOf(bytes)));
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation("password.policy.control-character"));
        }
        if (characterClasses(password) < minCharacterClasses) {
            violations.add(new Violation("password.policy.classes", minCharacterClasses));
        }
        if (forbidUsername && username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation("password.policy.contains-username"));
        }
        return violations;
    }

    /** Upper case, lower case, digits, and everything else (symbols, CJK) count as the four classes. */
    static int characterClasses(String password) {
        boolean upper = false, lower = false, digit = false, other = false;
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            if (cp >= 'A' && cp <= 'Z') {
                upper = true;
            } else if (cp >= 'a' && cp <= 'z') {
                lower = true;
            } else if (cp >= '0' && cp <= '9') {
                digit = true;
            } else {
                other = true;
            }
            i += Character.charCount(cp);
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
