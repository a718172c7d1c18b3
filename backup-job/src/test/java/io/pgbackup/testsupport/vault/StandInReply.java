package io.pgbackup.testsupport.vault;

import tools.jackson.databind.JsonNode;

/** A status and a JSON body (null for 204). */
record StandInReply(int status, JsonNode body) {
    static StandInReply noContent() {
        return new StandInReply(204, null);
    }

    static StandInReply error(int status, String... errors) {
        return new StandInReply(status, Json.errors(errors));
    }

    /** Vault's permission-denied answer on an ACL failure. */
    static StandInReply permissionDenied() {
        return error(403, "1 error occurred:\n\t* permission denied\n\n");
    }
}
