package io.pgbackup.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Which jobs this repository's real .gitlab-ci.yml runs for each pipeline source, as the real
 * gitlab-ci-local evaluates its rules (--list-json). The expected sets are written out by hand.
 */
class PipelineRulesTest {
    private static GitlabCiLocal gcl;
    private static final Map<String, Map<String, ListedJob>> LISTINGS = new ConcurrentHashMap<>();

    /** Lists every source once, two at a time (each run is about a second of Node start-up and parsing). */
    @BeforeAll
    static void listEverySource() throws Exception {
        gcl = GitlabCiLocal.onPipelineCopy();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<Map<String, ListedJob>>> pending = new LinkedHashMap<>();
            for (PipelineSource source : PipelineSource.all()) {
                pending.put(source.label(), pool.submit(() -> list(source)));
            }
            for (Map.Entry<String, Future<Map<String, ListedJob>>> e : pending.entrySet()) {
                LISTINGS.put(e.getKey(), e.getValue().get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void removeCopy() {
        gcl.close();
    }

    static Stream<Arguments> expectedJobs() {
        return Stream.of(
                arguments(PipelineSource.pushToDefaultBranch(), jobs("build", "test", "job-image", "infra:synth",
                        "infra:plan:prd", "infra:plan:stg", "infra:apply=manual", "backup", "status=always", "deploy")),
                arguments(PipelineSource.pushToFeatureBranch(), jobs("build", "test")),
                arguments(PipelineSource.pushToBranchWithOpenMergeRequest(), jobs()),
                arguments(PipelineSource.mergeRequest(), jobs("build", "test", "infra:synth")),
                arguments(PipelineSource.protectedMergeRequest(), jobs("build", "test", "infra:synth", "infra:plan:prd",
                        "infra:plan:stg")),
                arguments(PipelineSource.releaseTag(), jobs("build", "test", "release")),
                arguments(PipelineSource.nightlySchedule(), jobs("backup", "status=always", "prune", "pages=always")),
                arguments(PipelineSource.weeklyVerifySchedule(), jobs("verify", "status=always", "pages=always")),
                arguments(PipelineSource.trigger(), jobs("restore")),
                arguments(PipelineSource.web(), jobs("build", "test")),
                arguments(PipelineSource.api(), jobs("build", "test")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedJobs")
    void runsExactlyTheseJobs(PipelineSource source, Map<String, String> expected) {
        assertThat(running(source)).as(source.label()).isEqualTo(expected);
    }

    @Test
    void everySourceIsCovered() {
        assertThat(expectedJobs().map(a -> a.get()[0].toString()))
                .containsExactlyInAnyOrderElementsOf(PipelineSource.all().stream().map(PipelineSource::label).toList());
    }

    @Test
    void restoreRunsForTriggerPipelinesOnly() {
        for (PipelineSource source : PipelineSource.all()) {
            boolean trigger = source.variables().get("CI_PIPELINE_SOURCE").equals("trigger");
            assertThat(running(source).containsKey("restore")).as(source.label()).isEqualTo(trigger);
        }
    }

    @Test
    void backupNeverRunsOnAFeatureBranch() {
        for (PipelineSource source : List.of(PipelineSource.pushToFeatureBranch(),
                PipelineSource.pushToBranchWithOpenMergeRequest(), PipelineSource.mergeRequest())) {
            assertThat(running(source)).as(source.label()).doesNotContainKeys("backup", "deploy", "restore");
        }
    }

    @Test
    void buildAndTestNeverRunOnASchedule() {
        for (PipelineSource source : List.of(PipelineSource.nightlySchedule(), PipelineSource.weeklyVerifySchedule())) {
            assertThat(running(source)).as(source.label()).doesNotContainKeys("build", "test");
        }
    }

    /** Wherever deploy runs, it needs (not optionally) the backup job of the same pipeline, which runs too. */
    @Test
    void deployAlwaysRunsAfterABackup() {
        int pipelinesWithDeploy = 0;
        for (PipelineSource source : PipelineSource.all()) {
            Map<String, ListedJob> jobs = listing(source);
            if (jobs.get("deploy").runs()) {
                pipelinesWithDeploy++;
                assertThat(jobs.get("deploy").needs()).as(source.label())
                        .containsExactly(new ListedJob.Need("build", false), new ListedJob.Need("test", false),
                                new ListedJob.Need("backup", false));
                assertThat(jobs.get("backup").runs()).as(source.label()).isTrue();
            }
        }
        assertThat(pipelinesWithDeploy).isEqualTo(1);
    }

    /** No job of any pipeline waits for a job that pipeline does not contain (GitLab would reject it). */
    @Test
    void everyRequiredNeedRunsInTheSamePipeline() {
        for (PipelineSource source : PipelineSource.all()) {
            Map<String, ListedJob> jobs = listing(source);
            jobs.values().stream().filter(ListedJob::runs).forEach(job -> job.needs().stream()
                    .filter(need -> !need.optional())
                    .forEach(need -> assertThat(jobs.get(need.job()).runs())
                            .as(source.label() + ": " + job.name() + " needs " + need.job()).isTrue()));
        }
    }

    /** Retention runs on the nightly schedule only, and only once that night's backup has succeeded. */
    @Test
    void pruneRunsOnTheNightlyScheduleOnlyAfterItsBackup() {
        for (PipelineSource source : PipelineSource.all()) {
            boolean nightly = source.label().equals(PipelineSource.nightlySchedule().label());
            assertThat(running(source).containsKey("prune")).as(source.label()).isEqualTo(nightly);
        }
        assertThat(listing(PipelineSource.nightlySchedule()).get("prune").needs())
                .containsExactly(new ListedJob.Need("backup", false));
    }

    @Test
    void statusFollowsTheBackupOrTheDrill() {
        assertThat(listing(PipelineSource.nightlySchedule()).get("status").needs()).containsExactly(
                new ListedJob.Need("backup", true), new ListedJob.Need("verify", true));
    }

    /** The jobs that run, each mapped to its when (on_success, manual, always). */
    private static Map<String, String> running(PipelineSource source) {
        return listing(source).values().stream().filter(ListedJob::runs)
                .collect(Collectors.toMap(ListedJob::name, ListedJob::when, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, ListedJob> listing(PipelineSource source) {
        return LISTINGS.computeIfAbsent(source.label(), label -> list(source));
    }

    private static Map<String, ListedJob> list(PipelineSource source) {
        List<String> args = new ArrayList<>(List.of("--list-json", "--no-json-schema-validation"));
        args.addAll(source.arguments());
        GitlabCiLocal.Result result = gcl.run(args).assertSucceeded(source.label());
        System.out.printf("gitlab-ci-local --list-json (%s): %d ms%n", source.label(), result.millis());
        return ListedJob.parse(result.stdout());
    }

    /** "name" for on_success, "name=when" otherwise. */
    private static Map<String, String> jobs(String... specs) {
        Map<String, String> jobs = new TreeMap<>();
        for (String spec : specs) {
            String[] parts = spec.split("=", 2);
            jobs.put(parts[0], parts.length == 2 ? parts[1] : "on_success");
        }
        return jobs;
    }
}
