package cn.gov.hubei.jxt.pilot.objection.web;

import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The public objection form as posted; {@code token} is the form's one-time token, {@code answer} the challenge's. */
public record ObjectionForm(Long applicationId, String name, String idType, String idNumber, String organisationName,
                            String telephone, String email, String facts, Boolean consent, String token,
                            String answer, List<MultipartFile> evidence) {

    static ObjectionForm blank(String token) {
        return new ObjectionForm(null, null, "RESIDENT_ID", null, null, null, null, null, false, token, null, null);
    }

    NewObjection toNewObjection(long noticeId) {
        List<NewObjection.Evidence> files = evidence == null ? List.of() : evidence.stream()
                .filter(f -> f != null && !(f.isEmpty()
                        && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .map(ObjectionForm::evidence).toList();
        return new NewObjection(noticeId, applicationId, name, idType, idNumber, organisationName, telephone, email,
                facts, Boolean.TRUE.equals(consent), token, files);
    }

    static NewObjection.Evidence evidence(MultipartFile f) {
        try {
            return new NewObjection.Evidence(f.getOriginalFilename(), f.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
