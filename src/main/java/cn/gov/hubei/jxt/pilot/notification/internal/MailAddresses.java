package cn.gov.hubei.jxt.pilot.notification.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Optional;

/** What counts as an e-mail address here: one bare address, as a person types it into an e-mail field. */
final class MailAddresses {

    static final int MAX_ADDRESS_LENGTH = 254;

    private MailAddresses() {
    }

    /** The address, stripped, when it is one bare address without a display name; empty otherwise. */
    static Optional<String> bare(String to) {
        String trimmed = to == null ? "" : to.strip();
        try {
            InternetAddress address = new InternetAddress(trimmed, true);
            address.validate();
            if (!address.getAddress().equals(trimmed) || address.getPersonal() != null
                    || !trimmed.contains("@") || trimmed.length() > MAX_ADDRESS_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(trimmed);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
