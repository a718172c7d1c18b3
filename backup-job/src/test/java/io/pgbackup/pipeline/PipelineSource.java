package io.pgbackup.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline as GitLab would start it: the predefined variables of its source. gitlab-ci-local
 * fills CI_COMMIT_BRANCH from the local git checkout, so a merge request pipeline (where GitLab
 * leaves it unset) unsets it explicitly.
 */
record PipelineSource(String label, Map<String, String> variables, List<String> unset) {
    static final String DEFAULT_BRANCH = "main";

    @Override
    public String toString() {
        return label;
    }

    static PipelineSource pushToDefaultBranch() {
        return branch("push to the default branch", "push", DEFAULT_BRANCH);
    }

    static PipelineSource pushToFeatureBranch() {
        return branch("push to a feature branch", "push", "feature/login");
    }

    /** A push to a branch that has an open merge request: the merge request pipeline runs instead. */
    static PipelineSource pushToBranchWithOpenMergeRequest() {
        return branch("push to a branch with an open merge request", "push", "feature/login")
                .with("CI_OPEN_MERGE_REQUESTS", "pgbackup/pgbackup!12");
    }

    static PipelineSource mergeRequest() {
        Map<String, String> vars = base("merge_request_event");
        vars.put("CI_MERGE_REQUEST_IID", "12");
        vars.put("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feature/login");
        vars.put("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", DEFAULT_BRANCH);
        vars.put("CI_COMMIT_REF_NAME", "feature/login");
        vars.put("CI_COMMIT_REF_PROTECTED", "false");
        return new PipelineSource("merge request", vars, List.of("CI_COMMIT_BRANCH"));
    }

    /** A push of the tag that releases the component's version 1.2.0. */
    static PipelineSource releaseTag() {
        Map<String, String> vars = base("push");
        vars.put("CI_COMMIT_TAG", "1.2.0");
        vars.put("CI_COMMIT_REF_NAME", "1.2.0");
        return new PipelineSource("release tag", vars, List.of("CI_COMMIT_BRANCH"));
    }

    /**
     * A merge request between protected branches in a project with "Protect merge request
     * pipelines" on: GitLab marks its pipeline protected (CI_COMMIT_REF_PROTECTED=true).
     */
    static PipelineSource protectedMergeRequest() {
        Map<String, String> vars = base("merge_request_event");
        vars.put("CI_MERGE_REQUEST_IID", "13");
        vars.put("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "release");
        vars.put("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", DEFAULT_BRANCH);
        vars.put("CI_COMMIT_REF_NAME", "release");
        vars.put("CI_COMMIT_REF_PROTECTED", "true");
        return new PipelineSource("protected merge request", vars, List.of("CI_COMMIT_BRANCH"));
    }

    static PipelineSource nightlySchedule() {
        return branch("nightly schedule", "schedule", DEFAULT_BRANCH);
    }

    /** The weekly restore drill: a schedule whose variables say PGBACKUP_SCHEDULE=verify. */
    static PipelineSource weeklyVerifySchedule() {
        return branch("weekly verify schedule", "schedule", DEFAULT_BRANCH).with("PGBACKUP_SCHEDULE", "verify");
    }

    static PipelineSource trigger() {
        return branch("trigger", "trigger", DEFAULT_BRANCH);
    }

    static PipelineSource web() {
        return branch("web (Run pipeline button)", "web", DEFAULT_BRANCH);
    }

    static PipelineSource api() {
        return branch("api", "api", DEFAULT_BRANCH);
    }

    static List<PipelineSource> all() {
        return List.of(pushToDefaultBranch(), pushToFeatureBranch(), pushToBranchWithOpenMergeRequest(),
                mergeRequest(), protectedMergeRequest(), releaseTag(), nightlySchedule(), weeklyVerifySchedule(), trigger(), web(), api());
    }

    PipelineSource with(String name, String value) {
        Map<String, String> vars = new LinkedHashMap<>(variables);
        vars.put(name, value);
        return new PipelineSource(label, vars, unset);
    }

    /** The gitlab-ci-local arguments that set up this source. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        variables.forEach((name, value) -> {
            args.add("--variable");
            args.add(name + "=" + value);
        });
        for (String name : unset) {
            args.add("--unset-variable");
            args.add(name);
        }
        // Overriding predefined variables is the point here: silence the warning it prints on stdout.
        List<String> overridden = new ArrayList<>(variables.keySet());
        overridden.addAll(unset);
        args.add("--ignore-predefined-vars");
        args.add(String.join(",", overridden));
        return args;
    }

    private static PipelineSource branch(String label, String source, String branch) {
        Map<String, String> vars = base(source);
        vars.put("CI_COMMIT_BRANCH", branch);
        vars.put("CI_COMMIT_REF_NAME", branch);
        return new PipelineSource(label, vars, List.of());
    }

    private static Map<String, String> base(String source) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("CI_PIPELINE_SOURCE", source);
        vars.put("CI_DEFAULT_BRANCH", DEFAULT_BRANCH);
        return vars;
    }
}
