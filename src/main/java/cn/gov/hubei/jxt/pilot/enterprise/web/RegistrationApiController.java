package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseRegistrations;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationInput;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;

/** Enterprise registration as JSON, public like the page. */
@RestController
@RequestMapping(path = "/api/v1/enterprises/registrations", produces = "application/json")
@Tag(name = "Enterprises", description = "企业注册、企业基本信息（附件3 一(一)）")
class RegistrationApiController {

    /** What a person enters to register; see the registration page for the meaning of each field. */
    record RegistrationRequest(
            @Schema(description = "统一社会信用代码, 18 characters", example = "91420500MA4F0000XX") String creditCode,
            @Schema(description = "企业名称 as registered") String enterpriseName,
            @Schema(description = "Recommending division, only when the code's area names none (e.g. 420000)")
            String divisionCode,
            @Schema(description = "联系人 (the first user's name)") String contactName,
            @Schema(description = "手机, 11 digits", example = "13912345678") String mobile,
            @Schema(description = "E-mail; the confirmation link is sent here") String email,
            @Schema(description = "User name for login") String username,
            String password,
            String passwordConfirmation,
            @Schema(description = "true to register a code whose check character fails, for the programme office "
                    + "to verify") Boolean acceptPendingReview) {

        RegistrationInput toInput() {
            return new RegistrationInput(creditCode, enterpriseName, divisionCode, contactName, mobile, email,
                    username, password, passwordConfirmation, Boolean.TRUE.equals(acceptPendingReview));
        }
    }

    /**
     * @param status ACCEPTED (the account opens with the e-mail confirmation) or PENDING (the programme office
     *               verifies the code first)
     */
    record RegistrationReceipt(long registrationId, long enterpriseId, RegistrationStatus status, String email,
                               OffsetDateTime confirmationLinkExpiresAt) {
    }

    private final EnterpriseRegistrations registrations;
    private final PublicLinks links;

    RegistrationApiController(EnterpriseRegistrations registrations, PublicLinks links) {
        this.registrations = registrations;
        this.links = links;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an enterprise and its first user",
            description = "The credit code must be valid and registered in Hubei, and not registered here yet. The "
                    + "account is created disabled and opens when the e-mail address is confirmed through the link "
                    + "sent to it (valid 48 hours). A code whose only fault is a check character is accepted with "
                    + "acceptPendingReview=true as a PENDING registration that the programme office decides on.")
    @ApiResponse(responseCode = "201", description = "Registered; the confirmation link was sent")
    @ApiResponse(responseCode = "422", description = "Refused: errors lists {field, message}; pendingReviewOffered "
            + "and divisionChoiceNeeded say what the person may add",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many registrations from this address or confirmation "
            + "mails to this e-mail address: Retry-After and retryAfterSeconds say when to try again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RegistrationReceipt register(@RequestBody RegistrationRequest request, HttpServletRequest http) {
        EnterpriseRegistrations.Receipt receipt = registrations.register(request.toInput(), links.base(),
                http.getRemoteAddr());
        return new RegistrationReceipt(receipt.registrationId(), receipt.enterpriseId(), receipt.status(),
                receipt.email(), receipt.linkExpiresAt());
    }
}
