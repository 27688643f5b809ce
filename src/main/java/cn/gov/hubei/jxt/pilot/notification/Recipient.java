package cn.gov.hubei.jxt.pilot.notification;

/**
 * Someone to tell: the account's user name (the inbox is per account) and its e-mail address, {@code null} when none.
 *
 * @param username the account's user name; required
 * @param email    the account's e-mail address; {@code null} or blank when the account has none
 */
public record Recipient(String username, String email) {

    public Recipient {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a recipient needs the user name of an account");
        }
    }
}
