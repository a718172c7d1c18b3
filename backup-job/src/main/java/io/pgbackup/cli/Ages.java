package io.pgbackup.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flag values for ages and time zones: {@code 26h}, {@code 30d}, {@code 1d12h}; {@code Europe/Paris}. */
final class Ages {
    private static final Pattern WHOLE = Pattern.compile("(\\d{1,6}[wdhms])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,6})([wdhms])");

    private Ages() {
    }

    /** Parses an age made of numbers with units w, d, h, m, s, for example {@code 1d12h}. */
    static Duration parse(String text) {
        String t = text.strip();
        if (!WHOLE.matcher(t).matches()) {
            throw new TypeConversionException("'" + text + "' is not an age: use a number and a unit (w, d, h, m, s),"
                    + " for example 26h, 30d or 1d12h");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return total;
    }

    /** picocli converter for age flags. */
    static final class AgeConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parse(value);
        }
    }

    /** picocli converter for {@code --timezone}. */
    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (DateTimeException e) {
                throw new TypeConversionException("unknown time zone '" + value
                        + "': use an IANA name such as UTC or Europe/Paris");
            }
        }
    }
}
