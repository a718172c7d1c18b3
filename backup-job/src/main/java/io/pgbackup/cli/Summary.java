package io.pgbackup.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one summary line at the end of a command: on stderr, text or JSON like every log line. */
final class Summary {
    static final Logger LOG = LoggerFactory.getLogger("pgbackup.summary");

    private Summary() {
    }
}
