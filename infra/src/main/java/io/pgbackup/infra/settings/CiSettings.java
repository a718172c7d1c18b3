package io.pgbackup.infra.settings;

/**
 * The GitLab side of one environment: the nightly backup schedule and the weekly restore drill.
 *
 * @param scheduleRef the branch the scheduled pipelines run on
 * @param cron        five-field cron of the nightly backup, every day of the week (e.g. {@code 0 3 * * *})
 * @param timezone    time zone of both crons, e.g. {@code Europe/Paris}
 * @param verifyCron  five-field cron of the weekly drill ({@code pgbackup verify}), one day of the
 *                    week (e.g. {@code 0 5 * * 0}: Sundays at 05:00, after that night's backup)
 */
public record CiSettings(String scheduleRef, String cron, String timezone, String verifyCron) {

    public CiSettings withCron(String newCron, String newTimezone) {
        return new CiSettings(scheduleRef, newCron, newTimezone, verifyCron);
    }

    public CiSettings withVerifyCron(String newVerifyCron) {
        return new CiSettings(scheduleRef, cron, timezone, newVerifyCron);
    }
}
