package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.identity.PasswordPolicy;

import java.security.SecureRandom;

/**
 * Initial passwords for invited colleagues: random, at least 12 characters, one of each class, without characters
 * that are easily confused when read out from the screen (0/O, 1/l/I), and always acceptable to the policy in force.
 */
final class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGIT = "23456789";
    private static final String SYMBOL = "#@%+=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate(PasswordPolicy policy, String username) {
        int length = Math.max(12, policy.minLength());
        String all = UPPER + LOWER + DIGIT + SYMBOL;
        while (true) {
            char[] chars = new char[length];
            chars[0] = pick(UPPER);
            chars[1] = pick(LOWER);
            chars[2] = pick(DIGIT);
            chars[3] = pick(SYMBOL);
            for (int i = 4; i < length; i++) {
                chars[i] = pick(all);
            }
            for (int i = chars.length - 1; i > 0; i--) {
                int j = RANDOM.nextInt(i + 1);
                char c = chars[i];
                chars[i] = chars[j];
                chars[j] = c;
            }
            String candidate = new String(chars);
            if (policy.check(candidate, username).isEmpty()) {
                return candidate;
            }
        }
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
