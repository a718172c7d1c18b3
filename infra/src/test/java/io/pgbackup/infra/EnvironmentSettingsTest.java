package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgbackup.infra.settings.EnvironmentSettings;
import io.pgbackup.infra.settings.InvalidSettingsException;
import io.pgbackup.infra.settings.ObjectLock;
import org.junit.jupiter.api.Test;

/** Settings that would produce a wrong infrastructure are refused before any synth, with the fix. */
class EnvironmentSettingsTest {

    static final EnvironmentSettings PRD = EnvironmentSettings.defaults("prd", 7);

    @Test
    void defaultsAreValid() {
        assertThat(PRD.bucket().expirationDays()).isEqualTo(400);
        assertThat(PRD.vault().secretsPath()).isEqualTo("groupe-7");
        assertThat(PRD.ci().cron()).isEqualTo("0 3 * * *");
    }

    /** Manifests and dumps share their prefix: a GLACIER rule would archive what every command reads. */
    @Test
    void aGlacierTransitionIsRefused() {
        for (int days : new int[] {90, 180, 365}) {
            assertThatThrownBy(() -> PRD.withBucket(PRD.bucket().withGlacierTransitionDays(days)))
                    .isInstanceOf(InvalidSettingsException.class)
                    .hasMessageStartingWith("invalid settings for environment prd: a transition to GLACIER would archive"
                            + " the backups' manifests")
                    .hasMessageContaining("HINT: set glacierTransitionDays to null");
        }
    }

    @Test
    void expiryNotLongerThanTheJobsRetentionIsRefused() {
        assertThatThrownBy(() -> PRD.withBucket(PRD.bucket().withDays(30, 30)))
                .hasMessage("invalid settings for environment prd: the lifecycle expires objects after 30 days,"
                        + " not later than the job's retention of 30 days\n"
                        + "HINT: the lifecycle is the safety net behind prune:"
                        + " make expirationDays longer than jobRetentionDays");
    }

    @Test
    void objectLockRetentionNotShorterThanExpiryIsRefused() {
        assertThatThrownBy(() -> PRD.withBucket(PRD.bucket().withObjectLock(new ObjectLock(ObjectLock.Mode.COMPLIANCE, 400))))
                .hasMessage("invalid settings for environment prd: object lock retention of 400 days is not shorter"
                        + " than the expiration after 400 days\n"
                        + "HINT: the lifecycle cannot delete a locked object: make the retention shorter than expirationDays");
    }

    @Test
    void cronThatIsNotEveryNightIsRefused() {
        assertThatThrownBy(() -> PRD.withCi(PRD.ci().withCron("0 3 * * 1-5", "Europe/Paris")))
                .hasMessage("invalid settings for environment prd: cron \"0 3 * * 1-5\" is not a nightly schedule\n"
                        + "HINT: use \"<minute> <hour> * * *\" with an hour from 20 to 6,"
                        + " so that the backup runs every night of the week");
        assertThatThrownBy(() -> PRD.withCi(PRD.ci().withCron("0 14 * * *", "Europe/Paris")))
                .hasMessageStartingWith("invalid settings for environment prd: cron \"0 14 * * *\" is not a nightly schedule");
    }

    @Test
    void aDrillThatIsNotWeeklyIsRefused() {
        for (String cron : new String[] {"0 5 * * *", "0 5 1 * 0", "0 5 * * 1-5", "0 25 * * 0", "5 * * 0"}) {
            assertThatThrownBy(() -> PRD.withCi(PRD.ci().withVerifyCron(cron)))
                    .as(cron)
                    .hasMessage("invalid settings for environment prd: verify cron \"" + cron + "\" is not a weekly schedule\n"
                            + "HINT: use \"<minute> <hour> * * <day of week 0-7>\", for example \"0 5 * * 0\" (Sundays at 05:00)");
        }
        assertThat(PRD.withCi(PRD.ci().withVerifyCron("30 6 * * 6")).ci().verifyCron()).isEqualTo("30 6 * * 6");
    }

    @Test
    void unknownTimeZoneIsRefused() {
        assertThatThrownBy(() -> PRD.withCi(PRD.ci().withCron("0 3 * * *", "Europe/Paname")))
                .hasMessage("invalid settings for environment prd: time zone \"Europe/Paname\" is not known\n"
                        + "HINT: use an IANA time zone name such as Europe/Paris or UTC");
    }

    @Test
    void longLivedCredentialsAreRefused() {
        assertThatThrownBy(() -> PRD.withVault(PRD.vault().withCredentialTtls(3600, 7 * 24 * 3600)))
                .hasMessage("invalid settings for environment prd: database account lease TTL 3600s (max 604800s)"
                        + " is not valid\n"
                        + "HINT: keep it short: at least 60s, no more than its max, and a max of at most 86400s (one day)");
        assertThatThrownBy(() -> PRD.withVault(PRD.vault().withTokenTtls(7200, 3600)))
                .hasMessageStartingWith("invalid settings for environment prd: CI token TTL 7200s (max 3600s) is not valid");
    }

    @Test
    void invalidNamesAreRefused() {
        assertThatThrownBy(() -> EnvironmentSettings.defaults("Prod", 7))
                .hasMessage("invalid settings for environment Prod: environment name \"Prod\" is not valid\n"
                        + "HINT: use 2 to 16 lower-case letters, digits or hyphens, starting with a letter (e.g. prd)");
        assertThatThrownBy(() -> EnvironmentSettings.defaults("prd", 0))
                .hasMessageStartingWith("invalid settings for environment prd: group number 0 is not valid");
    }
}
