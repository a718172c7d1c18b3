package io.pgbackup.pipeline;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One job of {@code gitlab-ci-local --list-json}: after rules are evaluated, {@code when} is
 * {@code never} for a job that the pipeline does not contain.
 */
record ListedJob(String name, String stage, String when, List<Need> needs) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One entry of {@code needs:}. */
    record Need(String job, boolean optional) {
    }

    boolean runs() {
        return !"never".equals(when);
    }

    /** Every job of the --list-json output, a matrix's jobs each on its own, in file order. */
    static List<ListedJob> parseAll(String json) {
        JsonNode root = JSON.readTree(json);
        List<ListedJob> jobs = new ArrayList<>();
        for (JsonNode job : root) {
            jobs.add(new ListedJob(job.path("name").asString(), job.path("stage").asString(), job.path("when").asString(),
                    List.of()));
        }
        return jobs;
    }

    /**
     * Parses the --list-json output, keyed by job name in file order. The jobs of one
     * {@code parallel: matrix} ({@code "backup: [app]"}, {@code "backup: [billing]"}) share their rules
     * and needs: they are listed once, under the job's own name ({@code backup}).
     */
    static Map<String, ListedJob> parse(String json) {
        JsonNode root = JSON.readTree(json);
        if (!root.isArray()) {
            throw new AssertionError("gitlab-ci-local --list-json did not print a JSON array:\n" + json);
        }
        Map<String, ListedJob> jobs = new LinkedHashMap<>();
        for (JsonNode job : root) {
            List<Need> needs = new ArrayList<>();
            for (JsonNode need : job.path("needs")) {
                needs.add(new Need(need.path("job").asString(), need.path("optional").asBoolean(false)));
            }
            String name = job.path("name").asString().replaceFirst(": \\[.*\\]$", "");
            jobs.putIfAbsent(name, new ListedJob(name, job.path("stage").asString(), job.path("when").asString(), needs));
        }
        return jobs;
    }
}
