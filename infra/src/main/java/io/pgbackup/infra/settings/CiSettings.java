package io.pgbackup.infra.settings;

/**
 * The GitLab side of one environment: the nightly backup schedule.
 *
 * @param scheduleRef the branch the nightly pipeline runs on
 * @param cron        five-field cron of the nightly run, every day of the week (e.g. {@code 0 3 * * *})
 * @param timezone    time zone of the cron, e.g. {@code Europe/Paris}
 */
public record CiSettings(String scheduleRef, String cron, String timezone) {

    public CiSettings withCron(String newCron, String newTimezone) {
        return new CiSettings(scheduleRef, newCron, newTimezone);
    }
}
