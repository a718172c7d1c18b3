package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.util.List;
import java.util.Locale;

/**
 * The team's Vault paths, every one overridable. With group {@code N} and environment {@code E}:
 * <ul>
 * <li>database account: {@code database/creds/backup-groupe-N-E}, or {@code restore-groupe-N-E} for a
 *     restore ({@code --vault-db-role}: a role name under {@code database/creds/}, or a full
 *     {@code <mount>/creds/<role>} path);</li>
 * <li>S3 settings: {@code secret/<secrets path>/scaleway_s3_backup} with keys {@link #S3_KEYS}
 *     ({@code --vault-s3-path});</li>
 * <li>passphrase: {@code secret/<secrets path>/passphrase_s3_backup}, key {@code passphrase}
 *     ({@code --vault-passphrase-path}),</li>
 * </ul>
 * where the secrets path is {@code groupe-N} for production ({@value #PRODUCTION}) and
 * {@code groupe-N/E} for any other environment ({@link #secretsPath}). This class is the one source
 * of these names: infra/ writes the secrets and grants the policies with it, the CI template's role
 * names follow it (a test checks). Immutable; a missing group or environment is reported when a
 * path that needs it is asked for.
 */
public final class Conventions {
    public static final List<String> S3_KEYS =
            List.of("SCW_ACCESS_KEY", "SCW_SECRET_KEY", "SCW_DEFAULT_ZONE", "SCW_DEFAULT_REGION", "SCW_S3_URL");
    public static final String PASSPHRASE_KEY = "passphrase";
    public static final String DATABASE_MOUNT = "database";
    public static final String KV_MOUNT = "secret";
    /** The environment whose secrets sit directly under {@code groupe-N} (the layout before environments). */
    public static final String PRODUCTION = "prd";
    public static final String S3_SECRET = "scaleway_s3_backup";
    public static final String PASSPHRASE_SECRET = "passphrase_s3_backup";
    public static final String TRIGGER_SECRET = "gitlab_restore_trigger";

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]*";
    private static final String PATH = "[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*";

    private final String group;
    private final String environment;
    private final String dbRole;
    private final String s3Path;
    private final String passphrasePath;

    private Conventions(String group, String environment, String dbRole, String s3Path, String passphrasePath) {
        this.group = group;
        this.environment = environment;
        this.dbRole = dbRole;
        this.s3Path = s3Path;
        this.passphrasePath = passphrasePath;
    }

    /** Group and environment may be null when the overrides name every path the job needs. */
    public static Conventions of(String group, String environment) {
        return new Conventions(check("--vault-group", group, NAME), check("--environment", environment, NAME),
                null, null, null);
    }

    public Conventions withDbRole(String roleOrPath) {
        return new Conventions(group, environment, check("--vault-db-role", roleOrPath, PATH), s3Path, passphrasePath);
    }

    public Conventions withS3Path(String path) {
        return new Conventions(group, environment, dbRole, check("--vault-s3-path", path, PATH), passphrasePath);
    }

    public Conventions withPassphrasePath(String path) {
        return new Conventions(group, environment, dbRole, s3Path, check("--vault-passphrase-path", path, PATH));
    }

    /** Where group {@code group}'s secrets of {@code environment} live under the KV mount. */
    public static String secretsPath(String group, String environment) {
        return "groupe-" + group + (PRODUCTION.equals(environment) ? "" : "/" + environment);
    }

    /** The Vault role (database role and JWT role) of a job kind: {@code <kind>-groupe-N-E}. */
    public static String roleName(String prefix, String group, String environment) {
        return prefix + "-groupe-" + group + "-" + environment;
    }

    /** {@code database/creds/<role>} for this job. */
    public String dbCredsPath(JobKind kind) {
        DatabaseRoleStatements.Kind dbKind = kind.databaseKind()
                .orElseThrow(() -> new IllegalArgumentException(kind + " needs no database account"));
        if (dbRole != null) {
            return dbRole.contains("/") ? dbRole : DATABASE_MOUNT + "/creds/" + dbRole;
        }
        return DATABASE_MOUNT + "/creds/" + roleName(dbKind.name().toLowerCase(Locale.ROOT),
                need(group, "--vault-group", "--vault-db-role"), need(environment, "--environment", "--vault-db-role"));
    }

    /** The role name, last segment of {@link #dbCredsPath(JobKind)}. */
    public String dbRoleName(JobKind kind) {
        String path = dbCredsPath(kind);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String s3Path() {
        return s3Path != null ? s3Path : kvPath(S3_SECRET, "--vault-s3-path");
    }

    public String passphrasePath() {
        return passphrasePath != null ? passphrasePath : kvPath(PASSPHRASE_SECRET, "--vault-passphrase-path");
    }

    private String kvPath(String name, String override) {
        return KV_MOUNT + "/" + secretsPath(need(group, "--vault-group", override), need(environment, "--environment", override))
                + "/" + name;
    }

    private static String check(String option, String value, String pattern) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replaceAll("^/+|/+$", "");
        if (!v.matches(pattern)) {
            throw new PgBackupException(ExitCode.USAGE, "invalid " + option + " \"" + value + "\"",
                    "use letters, digits, '.', '_' and '-'" + (pattern.equals(PATH) ? " in '/'-separated segments" : ""));
        }
        return v;
    }

    private static String need(String value, String option, String override) {
        if (value == null) {
            throw new PgBackupException(ExitCode.USAGE, option + " is missing: it names the job's paths in Vault",
                    "pass --vault-group N and --environment E (e.g. --vault-group 7 --environment prd)",
                    "or give the path itself with " + override);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Conventions[group=" + group + ", environment=" + environment + ", dbRole=" + dbRole
                + ", s3Path=" + s3Path + ", passphrasePath=" + passphrasePath + "]";
    }
}
