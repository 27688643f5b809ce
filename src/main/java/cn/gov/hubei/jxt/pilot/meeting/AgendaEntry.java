package cn.gov.hubei.jxt.pilot.meeting;

/**
 * An application on a meeting's agenda with what the officer's page shows of it.
 *
 * @param modes the application's modes as submitted (codes), first one first
 */
public record AgendaEntry(long applicationId, String number, String enterpriseName, String projectName,
                          long groupId, java.util.List<String> modes) {
}
