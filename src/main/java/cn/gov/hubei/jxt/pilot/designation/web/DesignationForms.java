package cn.gov.hubei.jxt.pilot.designation.web;

/** The designation's form records (pages bind these, never domain objects). */
final class DesignationForms {

    private DesignationForms() {
    }

    /** The publication: number, title, date; the signed document comes as a multipart file beside it. */
    record PublishForm(String documentNumber, String title, String publishedOn) {
    }

    /** A corrected document number and the version the officer read. */
    record NumberForm(String documentNumber, Long version) {
    }

    /** A reason (re-issue, revocation). */
    record ReasonForm(String reason) {
    }

    /** A plaque's record. */
    record PlaqueForm(String madeOn, String deliveredOn, String deliveryMethod, String receivedByName,
                      String receivedByPosition, String receivedOn, Long version) {
    }

    /** The token typed on the public verification form. */
    record TokenForm(String token) {
    }
}
