package io.pgbackup.infra;

import imports.gitlab.pipeline_schedule.PipelineSchedule;
import imports.gitlab.pipeline_schedule.PipelineScheduleConfig;
import imports.gitlab.pipeline_schedule_variable.PipelineScheduleVariable;
import imports.gitlab.pipeline_schedule_variable.PipelineScheduleVariableConfig;
import imports.vault.kv_secret_v2.KvSecretV2;
import imports.vault.kv_secret_v2.KvSecretV2Config;
import io.pgbackup.infra.settings.CiSettings;
import software.constructs.Construct;

/**
 * The GitLab side, as code: the nightly backup schedule (every night of the week, cron and time
 * zone from the settings; the pipeline learns its environment from {@code PGBACKUP_ENVIRONMENT}),
 * the weekly restore drill (the same, plus {@code PGBACKUP_SCHEDULE=verify}). The pipeline trigger
 * that alone may start a restore is created by infra/tools/bootstrap-secrets.sh straight into Vault
 * KV ({@code <secretsPath>/gitlab_restore_trigger}), so its token is in no state.
 */
final class ScheduleAndTrigger extends Construct {

    /** The schedule variable that tells a scheduled pipeline which environment it is for. */
    static final String ENVIRONMENT_VARIABLE = "PGBACKUP_ENVIRONMENT";

    /** The schedule variable that makes a scheduled pipeline the restore drill (.gitlab-ci.yml's rules). */
    static final String KIND_VARIABLE = "PGBACKUP_SCHEDULE";

    ScheduleAndTrigger(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        CiSettings ci = inputs.settings().ci();
        PipelineSchedule nightly = new PipelineSchedule(this, "nightly", PipelineScheduleConfig.builder()
                .project(inputs.gitlabProjectId())
                .description("pgbackup nightly backup of " + inputs.environnement())
                .ref(ci.scheduleRef())
                .cron(ci.cron())
                .cronTimezone(ci.timezone())
                .active(true)
                .build());
        nightly.overrideLogicalId("nightly_backup");

        variable(inputs, nightly, ENVIRONMENT_VARIABLE, inputs.environnement(), "nightly_backup_environment");

        PipelineSchedule weekly = new PipelineSchedule(this, "weekly-verify", PipelineScheduleConfig.builder()
                .project(inputs.gitlabProjectId())
                .description("pgbackup weekly restore drill of " + inputs.environnement())
                .ref(ci.scheduleRef())
                .cron(ci.verifyCron())
                .cronTimezone(ci.timezone())
                .active(true)
                .build());
        weekly.overrideLogicalId("weekly_verify");
        variable(inputs, weekly, ENVIRONMENT_VARIABLE, inputs.environnement(), "weekly_verify_environment");
        variable(inputs, weekly, KIND_VARIABLE, "verify", "weekly_verify_kind");
    }

    private void variable(StackInputs inputs, PipelineSchedule schedule, String key, String value, String logicalId) {
        new PipelineScheduleVariable(this, logicalId, PipelineScheduleVariableConfig.builder()
                .project(inputs.gitlabProjectId())
                .pipelineScheduleId(schedule.getPipelineScheduleId())
                .key(key)
                .value(value)
                .build())
                .overrideLogicalId(logicalId);
    }
}
