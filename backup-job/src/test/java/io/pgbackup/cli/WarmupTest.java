package io.pgbackup.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WarmupTest {
    @ParameterizedTest
    @ValueSource(strings = {"backup", "restore", "verify", "demo"})
    void databaseCommandsWarmUpOnADaemonThreadThatEnds(String command) throws InterruptedException {
        Optional<Thread> t = Warmup.startFor(new String[] {command, "--help"});
        assertThat(t).isPresent();
        assertThat(t.get().getName()).isEqualTo("warm-up");
        assertThat(t.get().isDaemon()).as("it must never keep the JVM alive").isTrue();
        t.get().join(30_000);
        assertThat(t.get().isAlive()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "prune", "status", "--help", "--version", "bakup"})
    void otherCommandsStartNothing(String command) {
        assertThat(Warmup.startFor(new String[] {command})).isEmpty();
        assertThat(Warmup.startFor(new String[0])).isEmpty();
    }

    @Test
    void theBenchmarksBaselineTurnsItOff() {
        System.setProperty("pgbackup.no-warmup", "true");
        try {
            assertThat(Warmup.startFor(new String[] {"backup"})).isEmpty();
        } finally {
            System.clearProperty("pgbackup.no-warmup");
        }
    }
}
