package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The nightly schedule and the restore trigger are code, not clicks. */
class ScheduleAndTriggerTest {

    @Test
    void productionIsBackedUpEveryNightAtThreeParisTime() {
        JsonNode schedule = Synthesized.resource("prd", "gitlab_pipeline_schedule", "nightly_backup");
        assertThat(schedule.path("cron").asString()).isEqualTo("0 3 * * *");
        assertThat(schedule.path("cron_timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(schedule.path("ref").asString()).isEqualTo("main");
        assertThat(schedule.path("active").asBoolean()).isTrue();
        assertThat(schedule.path("project").asString()).isEqualTo("${var.gitlab_project_id}");
    }

    @Test
    void stagingHasItsOwnConfiguredCron() {
        JsonNode schedule = Synthesized.resource("stg", "gitlab_pipeline_schedule", "nightly_backup");
        assertThat(schedule.path("cron").asString()).isEqualTo("30 2 * * *");
        assertThat(schedule.path("cron").asString().split(" ")).endsWith("*", "*", "*");
    }

    @Test
    void nightlyPipelineIsToldWhichEnvironmentToBackUp() {
        JsonNode variable = Synthesized.resource("prd", "gitlab_pipeline_schedule_variable", "nightly_backup_environment");
        assertThat(variable.path("key").asString()).isEqualTo("PGBACKUP_ENVIRONMENT");
        assertThat(variable.path("value").asString()).isEqualTo("${var.environnement}");
        assertThat(variable.path("pipeline_schedule_id").asString())
                .isEqualTo("${gitlab_pipeline_schedule.nightly_backup.pipeline_schedule_id}");
    }

    @Test
    void eachEnvironmentHasItsWeeklyRestoreDrill() {
        for (String env : new String[] {"prd", "stg"}) {
            JsonNode drill = Synthesized.resource(env, "gitlab_pipeline_schedule", "weekly_verify");
            assertThat(drill.path("cron").asString()).isEqualTo("0 5 * * 0");
            assertThat(drill.path("cron_timezone").asString()).isEqualTo("Europe/Paris");
            assertThat(drill.path("ref").asString()).isEqualTo("main");
            assertThat(drill.path("active").asBoolean()).isTrue();
            JsonNode kind = Synthesized.resource(env, "gitlab_pipeline_schedule_variable", "weekly_verify_kind");
            assertThat(kind.path("key").asString()).isEqualTo("PGBACKUP_SCHEDULE");
            assertThat(kind.path("value").asString()).isEqualTo("verify");
            assertThat(kind.path("pipeline_schedule_id").asString())
                    .isEqualTo("${gitlab_pipeline_schedule.weekly_verify.pipeline_schedule_id}");
            JsonNode environment = Synthesized.resource(env, "gitlab_pipeline_schedule_variable", "weekly_verify_environment");
            assertThat(environment.path("key").asString()).isEqualTo("PGBACKUP_ENVIRONMENT");
            assertThat(environment.path("value").asString()).isEqualTo("${var.environnement}");
        }
    }
}
