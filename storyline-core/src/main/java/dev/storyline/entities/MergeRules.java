package dev.storyline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Corrections to the resolver by configuration, so a wrong merge is undone without touching code: pairs that
 * must never be merged and pairs that must always be. A side of a pair is either a name ("Paris Hilton",
 * compared by its normalised form) or a canonical key ("LOC:FR-paris"). File format, one rule a line,
 * tab-separated: {@code never<TAB>side<TAB>side} or {@code always<TAB>name<TAB>name-or-key}; {@code #} comments.
 * Immutable and thread-safe.
 */
public final class MergeRules {

    static final String FILE = "merge-rules.tsv";
    private static final Pattern CANONICAL_KEY = Pattern.compile("[A-Z]+:\\S+");

    private record Side(String key, String form) {
        boolean matches(String canonical, Collection<String> entityForms) {
            return key != null ? key.equals(canonical) : entityForms.contains(form);
        }
    }

    private record Never(Side a, Side b) {
    }

    private final List<Never> never;
    /** Normalised name → the name or key it must be merged with. */
    private final Map<String, String> always;

    private MergeRules(List<Never> never, Map<String, String> always) {
        this.never = List.copyOf(never);
        this.always = Map.copyOf(always);
    }

    /** No corrections. */
    public static MergeRules none() {
        return new MergeRules(List.of(), Map.of());
    }

    /** The shipped rules plus those of {@code configDir/merge-rules.tsv} when present ({@code configDir} may be null). */
    public static MergeRules load(NameForms forms, Path configDir) {
        return load(forms, configDir, System.err::println);
    }

    /**
     * The shipped rules plus those of {@code configDir/merge-rules.tsv} when present ({@code configDir} may be null):
     * a malformed configured line is named to {@code warnings} and skipped; a file that cannot be read throws
     * {@link ConfigFolderException}.
     */
    public static MergeRules load(NameForms forms, Path configDir, java.util.function.Consumer<String> warnings) {
        List<String> lines = new ArrayList<>();
        try (InputStream shipped = MergeRules.class.getResourceAsStream(FILE)) {
            if (shipped != null) {
                new BufferedReader(new InputStreamReader(shipped, StandardCharsets.UTF_8)).lines().forEach(lines::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        if (configDir != null && Files.isRegularFile(configDir.resolve(FILE))) {
            Path file = configDir.resolve(FILE);
            List<String> configured = ConfigFolderException.lines(file);
            for (int i = 0; i < configured.size(); i++) {
                try {
                    parse(forms, List.of(configured.get(i)));
                    lines.add(configured.get(i));
                } catch (IllegalArgumentException e) {
                    warnings.accept(file + " line " + (i + 1) + ": " + e.getMessage() + "; skipped");
                }
            }
        }
        return parse(forms, lines);
    }

    /** Rules from lines in the file format. */
    public static MergeRules parse(NameForms forms, List<String> lines) {
        List<Never> never = new ArrayList<>();
        Map<String, String> always = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException("merge rule needs 3 tab-separated fields: " + line);
            }
            switch (fields[0].strip()) {
                case "never" -> never.add(new Never(side(forms, fields[1]), side(forms, fields[2])));
                case "always" -> {
                    always.put(forms.compact(fields[1].strip()), fields[2].strip());
                    if (!CANONICAL_KEY.matcher(fields[2].strip()).matches()) {
                        always.putIfAbsent(forms.compact(fields[2].strip()), fields[1].strip());
                    }
                }
                default -> throw new IllegalArgumentException("merge rule must start with never or always: " + line);
            }
        }
        return new MergeRules(never, always);
    }

    /**
     * Whether joining a mention (by its normalised form) to an entity (its key and its variants' forms) is
     * forbidden.
     */
    public boolean forbids(String mentionForm, String canonical, Collection<String> entityForms) {
        for (Never rule : never) {
            if ((rule.a().form() != null && rule.a().form().equals(mentionForm) && rule.b().matches(canonical, entityForms))
                    || (rule.b().form() != null && rule.b().form().equals(mentionForm) && rule.a().matches(canonical, entityForms))) {
                return true;
            }
        }
        return false;
    }

    /** Whether there is any {@code never} rule (lets the resolver skip the check on its hot path). */
    public boolean hasNever() {
        return !never.isEmpty();
    }

    /** The name or canonical key a mention must be merged with, if a rule says so. */
    public Optional<String> alwaysWith(String mentionForm) {
        return Optional.ofNullable(always.get(mentionForm));
    }

    /** Whether a rule side is a canonical key rather than a name. */
    static boolean isCanonicalKey(String side) {
        return CANONICAL_KEY.matcher(side).matches();
    }

    private static Side side(NameForms forms, String field) {
        String s = field.strip();
        return isCanonicalKey(s) ? new Side(s, null) : new Side(null, forms.compact(s));
    }
}
