package be.ptrpas.platform.background;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What one sweep visits: each job is asked once which municipalities it has work for ({@link TenantJob#withWork}),
 * and only those municipalities are visited, each with only the jobs that named it. An idle platform's sweep is then a
 * handful of questions, whatever the number of municipalities (it used to be a transaction per municipality).
 */
final class SweepPlan {

    private static final Logger LOG = Logger.getLogger(SweepPlan.class.getName());

    private SweepPlan() {}

    /** Municipality → the jobs to run there, in the order of {@code municipalities}, without the idle ones. */
    static Map<String, List<TenantJob>> of(List<String> municipalities, List<TenantJob> jobs, Instant now) {
        Set<String> all = new HashSet<>(municipalities);
        Map<TenantJob, Collection<String>> answers = new LinkedHashMap<>();
        for (TenantJob job : jobs) {
            Collection<String> with;
            try {
                with = job.withWork(municipalities, now);
            } catch (RuntimeException e) {
                // As before the probes: when the question fails, the job runs everywhere on this sweep.
                LOG.log(
                        Level.WARNING,
                        "Background work probe of " + job.getClass().getSimpleName() + " failed; running it for every "
                                + "municipality",
                        e);
                with = all;
            }
            answers.put(job, with);
        }
        Map<String, List<TenantJob>> plan = new LinkedHashMap<>();
        for (String nis : municipalities) {
            for (Map.Entry<TenantJob, Collection<String>> answer : answers.entrySet()) {
                if (answer.getValue().contains(nis)) {
                    plan.computeIfAbsent(nis, n -> new ArrayList<>()).add(answer.getKey());
                }
            }
        }
        return plan;
    }
}
