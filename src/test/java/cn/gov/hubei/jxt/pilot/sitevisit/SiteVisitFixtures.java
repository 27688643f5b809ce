package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.SentToProvince;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The site-visit tests' world: a call of their own in 2026 (whose holiday arrangement ships with the calendar), on
 * Tuesday 2026-04-28 10:00; applications filed (mode 离散型智能制造), recommended, sent to the province and passed
 * formal review; people with real logins; photos with and without EXIF data.
 */
final class SiteVisitFixtures {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 28, 10, 0);
    /** A Wednesday. */
    static final LocalDate WORKING_DAY = LocalDate.of(2026, 5, 6);

    final Filing filing;
    private final ProjectApplications applications;
    private final Calls calls;
    private final MutableClock clock;
    private final SentToProvince toProvince;
    private final FormalReviews reviews;
    private final UserAdministration users;

    SiteVisitFixtures(MockMvc mvc, Calls calls, Enterprises enterprises, UserAdministration users, MutableClock clock,
                      ProjectApplications applications, RecommendationSteps recommendations, FormalReviews reviews) {
        this.filing = new Filing(mvc, calls, enterprises, users, clock);
        this.toProvince = new SentToProvince(recommendations);
        this.applications = applications;
        this.calls = calls;
        this.clock = clock;
        this.reviews = reviews;
        this.users = users;
    }

    CallSummary openCall() {
        clock.set(NOW);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(NOW.minusDays(1)).quota(null).build(),
                "sitevisit-test");
        return calls.publish(call.id(), "sitevisit-test");
    }

    /** An application of a new enterprise of the division, submitted, recommended and sent to the province. */
    Filed recommended(long callId, String divisionCode, String projectName) {
        Enterprise enterprise = filing.enterprise(divisionCode);
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(callId, enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        SectionContent.Attachments a = (SectionContent.Attachments) applications.draft(id, scope)
                .section(SectionKey.ATTACHMENTS).content();
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, new SectionContent.Attachments(a.equipment(),
                a.patents(), a.commitmentFileId(), a.creditReportFileId(), a.creditSource(), "2026-03-02",
                a.otherFileIds()), applicant);
        applications.submit(id, scope, "submit-" + id, applicant);
        toProvince.recommendAndSubmit(id, callId, divisionCode);
        return new Filed(id, enterprise, applicant);
    }

    /** As {@link #recommended}, then passed formal review (形式审查通过). */
    Filed passed(long callId, String divisionCode, String projectName) {
        Filed filed = recommended(callId, divisionCode, projectName);
        reviews.decide(new FormalDecision(filed.id(), 1, ApplicationStatus.RECOMMENDED, FormalReviewOutcome.PASS,
                List.of(), null, null), officerUser("officer-fixture"));
        return filed;
    }

    String account(Role role, String divisionCode) {
        return filing.account(role, null, divisionCode);
    }

    long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    /** The person as the services take them, with the account's real id. */
    CurrentUser user(String username) {
        var a = users.findByUsername(username).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.enterpriseId(), a.divisionCode(),
                false);
    }

    Cookie login(String username) throws Exception {
        return filing.login(username);
    }

    static CurrentUser officerUser(String username) {
        return new CurrentUser(0, username, username, java.util.Set.of(Role.OFFICER), null, null, false);
    }

    record Filed(long id, Enterprise enterprise, String applicant) {
    }

    // ------------------------------------------------------------------------------------------ photos

    /** A small PNG without EXIF data. */
    static byte[] png() {
        return image("png");
    }

    /** A small JPEG whose EXIF DateTimeOriginal is {@code taken}. */
    static byte[] jpegTakenAt(LocalDateTime taken) {
        byte[] jpeg = image("jpg");
        byte[] value = (taken.format(java.time.format.DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss")) + "\0")
                .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(44 + value.length);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(value.length).putInt(44).putInt(0);
        tiff.put(value);
        byte[] exif = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        int length = 2 + 6 + exif.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, (x * 16) << 16 | (y * 20) << 8 | 0x40);
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
