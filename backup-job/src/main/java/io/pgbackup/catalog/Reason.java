package io.pgbackup.catalog;

import java.util.Locale;
import java.util.Map;

/** Why a backup was taken; part of its name. */
public enum Reason {
    SCHEDULE, DEPLOY, MANUAL, PRE_RESTORE;

    /** The form used in names and flags: {@code schedule}, {@code deploy}, {@code manual}, {@code pre-restore}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Reason parse(String label) {
        for (Reason r : values()) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reason '" + label + "' (expected schedule, deploy, manual or pre-restore)");
    }

    /**
     * The reason implied by the GitLab CI environment: a scheduled pipeline is {@code schedule}; a
     * push to the default branch (the pre-deploy backup) is {@code deploy}; anything else, and runs
     * outside CI, are {@code manual}.
     */
    public static Reason fromCi(Map<String, String> env) {
        String source = env.getOrDefault("CI_PIPELINE_SOURCE", "");
        if (source.equals("schedule")) {
            return SCHEDULE;
        }
        String branch = env.get("CI_COMMIT_BRANCH");
        if (source.equals("push") && branch != null && branch.equals(env.get("CI_DEFAULT_BRANCH"))) {
            return DEPLOY;
        }
        return MANUAL;
    }
}
