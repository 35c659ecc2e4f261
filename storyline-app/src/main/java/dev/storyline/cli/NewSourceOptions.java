package dev.storyline.cli;

import dev.storyline.sources.SourceSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The settings given to the sources a command adds (sources add, sources import, and the desk's form under run). */
final class NewSourceOptions {

    @Option(names = "--min-interval", paramLabel = "DURATION", converter = NewSourceOptions.Durations.class,
            description = "For sources added: the shortest time between two polls (default: 5m). Durations: 30s, 5m, 6h, 3d or ISO-8601.")
    Duration minInterval = SourceSettings.DEFAULT_MIN_INTERVAL;

    @Option(names = "--max-interval", paramLabel = "DURATION", converter = NewSourceOptions.Durations.class,
            description = "For sources added: the longest time between two polls, however quiet the source (default: 6h).")
    Duration maxInterval = SourceSettings.DEFAULT_MAX_INTERVAL;

    @Option(names = "--max-age", paramLabel = "DURATION", converter = NewSourceOptions.Durations.class,
            description = "For sources added: items older than this are not fetched at a source's first poll (default: 3d).")
    Duration maxAge = SourceSettings.DEFAULT_FIRST_POLL_MAX_AGE;

    /**
     * The settings of a source added now; {@code allowPrivateAddresses} from the command's fetch options.
     *
     * @throws IllegalArgumentException saying which options disagree (a maximum interval below the minimum)
     */
    SourceSettings settings(boolean allowPrivateAddresses) {
        try {
            return new SourceSettings(minInterval, maxInterval, maxAge, allowPrivateAddresses);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--min-interval, --max-interval, --max-age: " + e.getMessage());
        }
    }

    /** "30s", "5m", "6h", "3d", or an ISO-8601 duration ("PT5M"). */
    static final class Durations implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                if (v.startsWith("p")) return Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                return switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> throw new NumberFormatException();
                };
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("not a duration: '" + value + "' (say 30s, 5m, 6h, 3d or PT5M)");
            }
        }
    }
}
