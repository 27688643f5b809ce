package cn.gov.hubei.jxt.pilot.call.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "CallCancellation", description = "Why the call is cancelled")
record CancelRequest(
        @NotBlank(message = "{call.transition.cancel.reason-required}")
        @Size(max = 500, message = "{call.validation.cancelReason.length}") String reason) {
}
