package cn.gov.hubei.jxt.pilot.call.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason an officer gives for cancelling a call; kept in the call's history and the audit trail. */
record CancelForm(
        @NotBlank(message = "{call.transition.cancel.reason-required}")
        @Size(max = 500, message = "{call.validation.cancelReason.length}") String reason) {

    static CancelForm empty() {
        return new CancelForm(null);
    }
}
