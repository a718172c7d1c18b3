package io.pgbackup.engine;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.retention.Decision;
import io.pgbackup.catalog.retention.Retention;
import io.pgbackup.catalog.retention.RetentionPolicy;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.ObjectLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One prune, as a checklist: probe the store, list the database's backups, let the policy decide,
 * then delete what it let go. A backup is deleted manifest first, then its data, then its
 * verification record: a prune stopped half-way leaves an incomplete backup (never a "restorable"
 * one without data), which the next prune removes. An object under object lock is reported and
 * kept; the prune goes on.
 */
public final class PruneJob {
    private static final Logger LOG = LoggerFactory.getLogger(PruneJob.class);

    /** What happened to one backup. */
    public enum Action {
        KEEP("keep"), DELETE("delete"), WOULD_DELETE("would delete"), LOCKED("locked");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One backup's decision and what was done about it; {@code note} explains a lock. */
    public record Outcome(Decision decision, Action action, String note) {
    }

    private final BackupStore store;
    private final String database;
    private final RetentionPolicy policy;
    private final boolean dryRun;
    private final Clock clock;

    public PruneJob(BackupStore store, String database, RetentionPolicy policy, boolean dryRun, Clock clock) {
        this.store = store;
        this.database = database;
        this.policy = policy;
        this.dryRun = dryRun;
        this.clock = clock;
    }

    /** Runs the prune; returns an outcome for every backup of the database, newest first. */
    public List<Outcome> run() {
        store.probe();
        List<Decision> decisions = new Retention(policy).decide(new Catalog(store, database).all(), clock.instant());
        LOG.info("prune {} in {}: {} backups, {} to delete{}", database, store.describe(), decisions.size(),
                decisions.stream().filter(d -> !d.keep()).count(), dryRun ? " (dry run: nothing is deleted)" : "");
        List<Outcome> outcomes = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.keep()) {
                outcomes.add(new Outcome(d, Action.KEEP, null));
            } else if (dryRun) {
                outcomes.add(new Outcome(d, Action.WOULD_DELETE, null));
            } else {
                Cleanup.checkpoint("prune");
                outcomes.add(delete(d));
            }
        }
        LOG.info("prune {}: {} kept, {} {}, {} locked", database, count(outcomes, Action.KEEP),
                count(outcomes, dryRun ? Action.WOULD_DELETE : Action.DELETE), dryRun ? "would be deleted" : "deleted",
                count(outcomes, Action.LOCKED));
        return outcomes;
    }

    private static long count(List<Outcome> outcomes, Action action) {
        return outcomes.stream().filter(o -> o.action() == action).count();
    }

    /** Manifest, then data, then verification record. */
    private Outcome delete(Decision d) {
        BackupName name = d.entry().name();
        try {
            store.delete(name.manifestKey());
        } catch (ObjectLockedException e) {
            LOG.warn("backup {} is under object lock: kept ({})", d.id(), e.getMessage());
            return new Outcome(d, Action.LOCKED, "object lock: kept until its retention ends");
        }
        try {
            store.delete(name.dataKey());
        } catch (ObjectLockedException e) {
            LOG.warn("the data of backup {} is under object lock: kept, now incomplete ({})", d.id(), e.getMessage());
            return new Outcome(d, Action.LOCKED, "manifest deleted; data under object lock until its retention ends");
        }
        try {
            store.delete(name.verifyKey());
        } catch (ObjectLockedException e) {
            LOG.warn("the verification record of backup {} is under object lock: kept", d.id());
        }
        LOG.info("deleted backup {} ({})", d.id(), d.reasons());
        return new Outcome(d, Action.DELETE, null);
    }
}
