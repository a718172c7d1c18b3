package io.pgbackup.testsupport.vault;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

/** JSON and random-id helpers shared by the stand-in. */
final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return object();
        }
        return MAPPER.readTree(text);
    }

    /** The envelope of every Vault answer. */
    static ObjectNode envelope() {
        ObjectNode o = object();
        o.put("request_id", UUID.randomUUID().toString());
        o.put("lease_id", "");
        o.put("renewable", false);
        o.put("lease_duration", 0);
        o.putNull("data");
        o.putNull("wrap_info");
        o.putNull("warnings");
        o.putNull("auth");
        o.putNull("mount_type");
        return o;
    }

    static ObjectNode errors(String... messages) {
        ObjectNode o = object();
        var arr = o.putArray("errors");
        for (String m : messages) {
            arr.add(m);
        }
        return o;
    }

    static ObjectNode errors(List<String> messages) {
        return errors(messages.toArray(String[]::new));
    }

    static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }
}
