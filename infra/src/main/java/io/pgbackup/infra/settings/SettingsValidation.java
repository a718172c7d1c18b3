package io.pgbackup.infra.settings;

import io.pgbackup.secrets.Conventions;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** The rules {@link EnvironmentSettings} are checked against; each failure names its value. */
final class SettingsValidation {

    private static final Pattern ENVIRONMENT = Pattern.compile("[a-z][a-z0-9-]{1,15}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,2}");

    private SettingsValidation() {
    }

    static void validate(String env, int group, BucketSettings bucket, VaultSettings vault, CiSettings ci) {
        if (env == null || !ENVIRONMENT.matcher(env).matches()) {
            throw new InvalidSettingsException(String.valueOf(env), "environment name \"" + env + "\" is not valid",
                    "use 2 to 16 lower-case letters, digits or hyphens, starting with a letter (e.g. prd)");
        }
        if (group < 1) {
            throw new InvalidSettingsException(env, "group number " + group + " is not valid",
                    "the group number N of secret/groupe-<N> is a positive integer");
        }
        bucket(env, bucket);
        lifecycle(env, bucket);
        vault(env, vault);
        secretsPath(env, group, vault);
        schedule(env, ci);
        target(env, ci.target());
    }

    private static void target(String env, JobTarget t) {
        if (t == null || t.pgHost() == null || t.pgHost().isBlank() || t.pgDatabase() == null || t.pgDatabase().isBlank()
                || t.pgPort() < 1 || t.pgPort() > 65535 || t.vaultAddr() == null || !t.vaultAddr().startsWith("https://")) {
            throw new InvalidSettingsException(env, "the jobs' target " + t + " is not complete",
                    "give the PostgreSQL host, a port from 1 to 65535, the database, and Vault's https:// address");
        }
    }

    private static void bucket(String env, BucketSettings bucket) {
        String name = bucket.namePrefix() + "-" + env;
        if (!BUCKET.matcher(name).matches() || name.contains("--")) {
            throw new InvalidSettingsException(env, "bucket name \"" + name + "\" is not a valid bucket name",
                    "bucket names are 3 to 63 lower-case letters, digits and single hyphens; shorten or fix the prefix \""
                            + bucket.namePrefix() + "\"");
        }
    }

    private static void lifecycle(String env, BucketSettings b) {
        if (b.expirationDays() <= b.jobRetentionDays()) {
            throw new InvalidSettingsException(env, "the lifecycle expires objects after " + b.expirationDays()
                    + " days, not later than the job's retention of " + b.jobRetentionDays() + " days",
                    "the lifecycle is the safety net behind prune: make expirationDays longer than jobRetentionDays");
        }
        if (b.glacierTransitionDays() != null) {
            throw new InvalidSettingsException(env, "a transition to GLACIER would archive the backups' manifests,"
                    + " which list, prune, status and restore read every time (a lifecycle rule cannot tell them from"
                    + " the dumps: same prefix, no tags)",
                    "set glacierTransitionDays to null; the lifecycle's expiration alone bounds the cost. An object"
                            + " archived by other means is reported by restore with exit 14 and the command that brings it back");
        }
        ObjectLock lock = b.objectLock();
        if (lock != null && (lock.mode() == null || lock.retentionDays() < 1)) {
            throw new InvalidSettingsException(env, "object lock " + lock + " is not valid",
                    "give a mode (GOVERNANCE or COMPLIANCE) and a retention of at least one day");
        }
        if (lock != null && lock.retentionDays() >= b.expirationDays()) {
            throw new InvalidSettingsException(env, "object lock retention of " + lock.retentionDays()
                    + " days is not shorter than the expiration after " + b.expirationDays() + " days",
                    "the lifecycle cannot delete a locked object: make the retention shorter than expirationDays");
        }
    }

    private static void vault(String env, VaultSettings v) {
        if (v.ownerRole() == null || !ROLE.matcher(v.ownerRole()).matches()) {
            throw new InvalidSettingsException(env, "owner role \"" + v.ownerRole() + "\" is not a valid role name",
                    "name the PostgreSQL role that owns the application's objects (letters, digits, _ $ -)");
        }
        ttls(env, "database account lease", v.credentialDefaultTtl(), v.credentialMaxTtl());
        ttls(env, "CI token", v.tokenTtl(), v.tokenMaxTtl());
        if (v.tokenMaxTtl() < v.credentialMaxTtl()) {
            throw new InvalidSettingsException(env, "the CI token's max TTL " + v.tokenMaxTtl()
                    + "s is shorter than the database account's max TTL " + v.credentialMaxTtl() + "s",
                    "Vault revokes a token's leases with it: give the token at least the account's max TTL, and keep"
                            + " both above the CI job timeout (the job stops with exit 33 before either ends)");
        }
    }

    /** The jobs read their secrets where {@link Conventions#secretsPath} says: infra must write them there. */
    private static void secretsPath(String env, int group, VaultSettings v) {
        String expected = Conventions.secretsPath(String.valueOf(group), env);
        if (!expected.equals(v.secretsPath()) || !Conventions.KV_MOUNT.equals(v.kvMount())) {
            throw new InvalidSettingsException(env, "secrets path " + v.kvMount() + "/" + v.secretsPath()
                    + " is not where the jobs of group " + group + " in " + env + " read theirs ("
                    + Conventions.KV_MOUNT + "/" + expected + ")",
                    "keep the conventional path (io.pgbackup.secrets.Conventions), or change it there for infra, the jobs and the CI template at once");
        }
    }

    private static void ttls(String env, String what, int ttl, int max) {
        if (ttl < 60 || ttl > max || max > VaultSettings.LONGEST_TTL) {
            throw new InvalidSettingsException(env, what + " TTL " + ttl + "s (max " + max + "s) is not valid",
                    "keep it short: at least 60s, no more than its max, and a max of at most 86400s (one day)");
        }
    }

    private static void schedule(String env, CiSettings ci) {
        String[] fields = ci.cron() == null ? new String[0] : ci.cron().trim().split("\\s+");
        boolean nightly = fields.length == 5 && NUMBER.matcher(fields[0]).matches()
                && NUMBER.matcher(fields[1]).matches() && Integer.parseInt(fields[0]) < 60
                && isNightHour(Integer.parseInt(fields[1]))
                && "*".equals(fields[2]) && "*".equals(fields[3]) && "*".equals(fields[4]);
        if (!nightly) {
            throw new InvalidSettingsException(env, "cron \"" + ci.cron() + "\" is not a nightly schedule",
                    "use \"<minute> <hour> * * *\" with an hour from 20 to 6, so that the backup runs every night of the week");
        }
        String[] drill = ci.verifyCron() == null ? new String[0] : ci.verifyCron().trim().split("\\s+");
        boolean weekly = drill.length == 5 && NUMBER.matcher(drill[0]).matches() && NUMBER.matcher(drill[1]).matches()
                && Integer.parseInt(drill[0]) < 60 && Integer.parseInt(drill[1]) < 24
                && "*".equals(drill[2]) && "*".equals(drill[3]) && drill[4].matches("[0-7]");
        if (!weekly) {
            throw new InvalidSettingsException(env, "verify cron \"" + ci.verifyCron() + "\" is not a weekly schedule",
                    "use \"<minute> <hour> * * <day of week 0-7>\", for example \"0 5 * * 0\" (Sundays at 05:00)");
        }
        try {
            ZoneId.of(ci.timezone());
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidSettingsException(env, "time zone \"" + ci.timezone() + "\" is not known",
                    "use an IANA time zone name such as Europe/Paris or UTC");
        }
    }

    private static boolean isNightHour(int hour) {
        return hour <= 6 || (hour >= 20 && hour <= 23);
    }
}
