package io.pgbackup.infra.settings;

/**
 * The GitLab side of one environment: the nightly backup schedule, the weekly restore drill, what
 * the jobs connect to, and the restore gate.
 *
 * @param scheduleRef the branch the scheduled pipelines run on
 * @param cron        five-field cron of the nightly backup, every day of the week (e.g. {@code 0 3 * * *})
 * @param timezone    time zone of both crons, e.g. {@code Europe/Paris}
 * @param verifyCron  five-field cron of the weekly drill ({@code pgbackup verify}), one day of the
 *                    week (e.g. {@code 0 5 * * 0}: Sundays at 05:00, after that night's backup)
 * @param target      the server, database and Vault of the environment's jobs
 * @param tier        the GitLab tier: protected environments (the restore gate's first lock) exist on
 *                    Premium and Ultimate only
 */
public record CiSettings(String scheduleRef, String cron, String timezone, String verifyCron, JobTarget target,
        Tier tier) {

    /** GitLab's tiers, as far as pgbackup's infrastructure depends on them. */
    public enum Tier { FREE, PREMIUM }

    public CiSettings withCron(String newCron, String newTimezone) {
        return new CiSettings(scheduleRef, newCron, newTimezone, verifyCron, target, tier);
    }

    public CiSettings withVerifyCron(String newVerifyCron) {
        return new CiSettings(scheduleRef, cron, timezone, newVerifyCron, target, tier);
    }

    public CiSettings withTarget(JobTarget newTarget) {
        return new CiSettings(scheduleRef, cron, timezone, verifyCron, newTarget, tier);
    }

    public CiSettings withTier(Tier newTier) {
        return new CiSettings(scheduleRef, cron, timezone, verifyCron, target, newTier);
    }
}
