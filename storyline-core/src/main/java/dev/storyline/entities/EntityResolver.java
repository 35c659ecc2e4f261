package dev.storyline.entities;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Resolves the names found in an article to canonical entities, so that every spelling and language variant of
 * one entity gets the same key, within the article, across articles and across languages ("Poutine", "Putin",
 * "Путиным" → one key). In order, a name is joined to:
 * <ol>
 *   <li>the target of an {@code always} merge rule;</li>
 *   <li>a known entity: a country by its CLDR name in any language, a city, an organisation, a person (by a full
 *       spelling) or a demonym from the curated files ({@link ReferenceNames});</li>
 *   <li>for a short form, a long form in the same article: a surname to the full name ("Tokayev" →
 *       "Kassym-Jomart Tokayev"), an acronym to its expansion ("OTSC" → "Organisation du traité de sécurité
 *       collective");</li>
 *   <li>an entity of the registry with a variant of the same normalised form (transliterated, EMM rules);</li>
 *   <li>a person whose surname it is, when only one is known, in the registry or the people list;</li>
 *   <li>the one registry entity of the same type written with the same sound key in another language ("Bachmut" /
 *       "Bakhmout": {@link NameForms#sound});</li>
 *   <li>a registry entity of the same type within a small edit distance of a variant;</li>
 *   <li>for Cyrillic, the same again without a case ending ("Путиным" → "Путин");</li>
 *   <li>otherwise, a new entity keyed {@code TYPE:slug}.</li>
 * </ol>
 * A {@code never} merge rule vetoes any of these joins. Each mention is recorded in the registry with the rule
 * that joined it. A minted key follows the entity's most used spelling ({@link EntityKeys}): when that changes, the
 * entity is re-keyed and keeps its former keys as aliases, so the keys do not depend on arrival order. Thread-safe
 * when the registry is.
 */
public final class EntityResolver {

    private static final String[] RUSSIAN_ENDINGS = {
            "ыми", "ами", "ями", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ах", "ях", "ую",
            "ю", "у", "а", "я", "е", "ы", "и"};

    private static final Set<String> KNOWN_RULES =
            Set.of("cldr-country", "cldr-city", "country-file", "city-file", "alias-file", "demonym-file");

    /** Fuzzy candidates looked at per blocking key, at most. */
    private static final int MAX_BLOCK = 256;

    private final NameForms forms;
    private final ReferenceNames known;
    private final MergeRules rules;
    private final EntityRegistry registry;
    private final CaseEndings caseEndings = CaseEndings.load();
    /** Titles and forms of address, which say that the surname after them is a person of public life. */
    private final GenericNames titles;
    private final Object[] stripes = new Object[64];
    /** Polish's dictionary, read on the first Polish name (never for other languages). */
    private final Supplier<PolishNameWords> polish;

    public EntityResolver(NameForms forms, ReferenceNames known, MergeRules rules, EntityRegistry registry) {
        this(forms, known, rules, registry, new OnFirstUse<>(PolishNameWords::new), GenericNames.load());
    }

    private EntityResolver(NameForms forms, ReferenceNames known, MergeRules rules, EntityRegistry registry,
                           Supplier<PolishNameWords> polish, GenericNames titles) {
        this.polish = polish;
        this.titles = titles;
        this.forms = forms;
        this.known = known;
        this.rules = rules;
        this.registry = registry;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** A resolver with the shipped known names and merge rules plus those in {@code configDir} (may be null). */
    public static EntityResolver create(ReferenceNames known, Path configDir, EntityRegistry registry) {
        NameForms forms = known.forms();
        return new EntityResolver(forms, known, MergeRules.load(forms, configDir), registry);
    }

    /**
     * The same with merge rules already loaded (a process loads the configured ones once, naming their faults once),
     * reading Polish's dictionary where {@code models} keeps it for the name finders and the titles from the
     * pipeline's generic words (one copy of each, one read).
     */
    public static EntityResolver create(ReferenceNames known, MergeRules rules, EntityRegistry registry, NerModels models,
                                        GenericNames titles) {
        return new EntityResolver(known.forms(), known, rules, registry, models::polish, titles);
    }

    /** The titles and generic words this resolver reads titles from (a pipeline built around it uses the same). */
    public GenericNames genericNames() {
        return titles;
    }

    /** The names known before any article, this resolver joins names to. */
    public ReferenceNames references() {
        return known;
    }

    /**
     * A name about to be resolved, with its normalised tokens. {@code withoutContext}: a surname alone whose article
     * says nothing of who it is ({@link #saysWho}); it is looked up and filed apart from the others (see
     * {@link #lookupType}), so it joins no person written in full, and no full name joins it, in any order.
     */
    private record Mention(NameSpan span, String type, List<String> tokens, String form, String compact, String sound,
                           String language, boolean withoutContext) {
        Mention(NameSpan span, String type, List<String> tokens, String form, String compact, String sound, String language) {
            this(span, type, tokens, form, compact, sound, language, false);
        }

        Mention aloneInItsArticle() {
            return new Mention(span, type, tokens, form, compact, sound, language, true);
        }

        boolean isShortForm() {
            return (type.equals("PER") && tokens.size() == 1) || NameForms.isAcronym(span.text());
        }

        /** Whether this person's name is the last words of {@code other}'s: "Le Pen" of "Marine Le Pen". */
        boolean endsOf(Mention other) {
            return type.equals("PER") && other.type().equals("PER") && other.tokens().size() > tokens.size()
                    && !tokens.isEmpty() && other.tokens().subList(other.tokens().size() - tokens.size(), other.tokens().size()).equals(tokens);
        }
    }

    /** Where a mention goes and why. */
    private record Resolution(String canonical, String type, String rule, String fixedDisplay) {
    }

    /**
     * Resolves the names of one article.
     *
     * @param names    the names found in {@code text}
     * @param text     the article's text (for acronyms written in parentheses after their expansion)
     * @param language the article's language code, recorded with the variants (may be empty)
     * @param seen     the article's date
     * @return one mention per name, in the same order, each with its canonical key
     */
    public List<EntityMention> resolve(List<NameSpan> names, String text, String language, LocalDate seen) {
        Objects.requireNonNull(seen, "seen");
        List<Mention> mentions = new ArrayList<>(names.size());
        for (NameSpan span : names) {
            String type = span.type() == null ? "MISC" : span.type().toUpperCase(Locale.ROOT);
            List<String> tokens = forms.tokens(span.text());
            String form = String.join(" ", tokens);
            mentions.add(new Mention(span, type, tokens, form, form.replace(" ", ""), forms.sound(span.text(), language),
                    language == null ? "" : language));
        }
        Resolution[] resolved = new Resolution[mentions.size()];
        boolean[] shortForm = new boolean[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            shortForm[i] = m.isShortForm() || (m.tokens().size() >= 2 && mentions.stream().anyMatch(m::endsOf));
        }
        // Long forms first, so that a surname or an acronym can join a full name written later in the article.
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!shortForm[i]) {
                synchronized (stripe(m)) {
                    resolved[i] = record(m, resolveAlone(m), language, seen);
                }
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (shortForm[i]) {
                synchronized (stripe(m)) {
                    Resolution r = alwaysOrKnown(m);
                    if (r == null) {
                        r = withinArticle(m, i, mentions, resolved, text);
                    }
                    if (r == null) {
                        if (isSurnameAlone(m)) {
                            Set<String> listed = listedPeopleItMayBe(m);
                            if (!listed.isEmpty() && !saysWho(m, listed, i, mentions, resolved, text)) m = m.aloneInItsArticle();
                        }
                        r = resolveAlone(m);
                    }
                    resolved[i] = record(m, r, language, seen);
                }
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            NameSpan span = mentions.get(i).span();
            String canonical = currentKey(resolved[i].canonical()); // re-keyed by a later mention of this article
            // A known entity's type wins over the finder's guess: "le Kremlin a indiqué" is the institution (ORG),
            // "dans les jardins de l'Élysée" the place (LOC).
            String type = known.isSeatKey(canonical) ? (SeatContext.isPlace(text, span.start()) ? "LOC" : "ORG")
                    : known.isKnownKey(canonical) ? canonical.substring(0, canonical.indexOf(':')) : span.type();
            out.add(new EntityMention(span.text(), type, span.start(), span.end(), canonical));
        }
        return List.copyOf(out);
    }

    private static boolean isSurnameAlone(Mention m) {
        return m.type().equals("PER") && m.tokens().size() == 1 && !NameForms.isAcronym(m.span().text());
    }

    /**
     * Whether an article says who a surname alone (no full name in it) is, as a journalist would need to join it to a
     * person named in full elsewhere: a title or form of address right before it ("President", "M.", "Frau", "le
     * Premier ministre britannique"); another person or organisation of the reference lists named in the article (a
     * report on public life); or, for a listed person's surname, the country or organisation the list gives him
     * ("Poutine a déclaré" in an article naming "la Russie" or "Moscou"); another person titled in the article. A
     * sports report's "Johnson scored twice" says none of these. Only the article and the lists decide, never the
     * registry, so the answer does not depend on the order in which articles are read.
     *
     * @param listedPeople the listed people the surname may be ({@link #listedPeopleItMayBe}), not empty
     */
    private boolean saysWho(Mention m, Set<String> listedPeople, int at, List<Mention> mentions, Resolution[] resolved,
                            String text) {
        if (titleBefore(text, m.span().start(), m.language())) return true;
        Set<String> itsPlaces = new HashSet<>();
        for (String person : listedPeople) itsPlaces.addAll(known.personContext(person));
        for (int j = 0; j < mentions.size(); j++) {
            Mention other = mentions.get(j);
            if (j == at || other.compact().equals(m.compact()) || other.compact().isEmpty()) continue;
            // Another person with a title ("Prezident Petr Pavel … o Fialovi"): a report on public life, as above.
            if (other.type().equals("PER") && titleBefore(text, other.span().start(), other.language())) return true;
            String key = listedKey(other, resolved[j]);
            if (key != null) {
                if (key.startsWith("PER:") || key.startsWith("ORG:") || itsPlaces.contains(key)) return true;
                int dash = key.indexOf('-');
                if (key.startsWith("LOC:") && dash > 0 && itsPlaces.contains(key.substring(0, dash))) return true; // a city
            } else if (isSurnameAlone(other) && known.personBySurname(other.compact()).isPresent()) {
                return true; // "Lavrov … Kuleba": two listed people's surnames
            }
        }
        return false;
    }

    /**
     * The keys of the listed people (people.tsv) whose surname this one-word name is, declined ("Путину", "Putina") or
     * not. Only such a surname needs its article to say who it is: the list's person is the one a surname alone would
     * otherwise join wherever it is read (a sports report's "Johnson"); a surname no list knows joins the full names
     * read before as it did, its declined forms in Polish and Czech reports too ("o Fialovi" of "Petr Fiala").
     */
    private Set<String> listedPeopleItMayBe(Mention m) {
        Set<String> words = new HashSet<>();
        words.add(m.compact());
        for (String stem : caseEndingStems(m.span().text())) words.add(forms.compact(stem));
        for (String form : nominatives(m)) words.add(forms.compact(form));
        Set<String> people = new HashSet<>();
        for (String word : words) known.personBySurname(word).ifPresent(k -> people.add(k.canonical()));
        return people;
    }

    /**
     * The reference lists' key of another name of the article: as the lists find it, or the list's entity it was
     * resolved to already (a declined place, "В Москве", joins Moscow by its case ending or by an earlier article's
     * spelling); a key the registry minted is none.
     */
    private String listedKey(Mention other, Resolution resolved) {
        Optional<ReferenceNames.Known> k = known.find(other.type(), other.span().text());
        if (k.isPresent()) return k.get().canonical();
        return resolved != null && known.isKnownKey(resolved.canonical()) ? resolved.canonical() : null;
    }

    /**
     * Whether the word before {@code start} is a title of the text's language, or the word before a lower-case
     * adjective after one ("le Premier ministre britannique Johnson").
     */
    private boolean titleBefore(String text, int start, String language) {
        if (text == null || start <= 0 || start > text.length()) return false;
        int end = start;
        for (int words = 0; words < 2; words++) {
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > 0 && text.charAt(end - 1) == '.') end--; // "M.", "Mr.", "Dr."
            int begin = end;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
            if (begin == end) return false;
            String word = text.substring(begin, end);
            if (isTitle(word, language)) return true;
            if (!Character.isLowerCase(word.codePointAt(0))) return false;
            end = begin;
        }
        return false;
    }

    /**
     * Whether a word is a title of the text's language, as listed or declined: Polish, Czech, Russian and Ukrainian
     * decline a title before a name as the name itself ("prezydentem Dudą", "premiéra Fialy", "президентом Путиным"), so
     * the word's nominatives by the case-ending rules are tried too.
     */
    private boolean isTitle(String word, String language) {
        if (titles.isTitleWord(word, language)) return true;
        if (!caseEndings.covers(language)) return false;
        String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        for (String form : caseEndings.nominatives(capitalised, language)) {
            if (!form.equals(capitalised) && titles.isTitleWord(form, language)) return true;
        }
        return false;
    }

    /**
     * The type a mention is looked up and filed under in the registry: a surname alone in its article keeps its own
     * index ("PER~"), so that it joins only other such surnames and a later full name never finds it.
     */
    private static String lookupType(String type, Mention m) {
        return m.withoutContext() ? type + "~" : type;
    }

    /**
     * Spellings with one normalised form are resolved one thread at a time, so two articles read at once cannot
     * each create an entity for "Vladimir Poutine" and "Wladimir Putin".
     */
    private Object stripe(Mention m) {
        return stripes[(m.compact().hashCode() & 0x7fffffff) % stripes.length];
    }

    private Resolution resolveAlone(Mention m) {
        Resolution r = alwaysOrKnown(m);
        if (r == null) {
            r = untypedAsTyped(m); // before the untyped entities: a typed one says more
        }
        if (r == null) {
            r = inRegistry(m);
        }
        if (r == null && NameForms.isCyrillic(m.span().text())) {
            r = withoutCaseEnding(m);
        }
        if (r == null) {
            r = placeAfterPreposition(m);
        }
        return r != null ? r : newEntity(m);
    }

    /**
     * The types a name from a language without a tagger may turn out to have, the registry being asked each: places
     * only. People and organisations were tried too (graded-dev: "Pedro Sánchez", "Macron" joined their persons) and
     * the window re-check then left one French report out of its cluster (joined 144 -> 138 of 154).
     */
    private static final List<String> TYPES = List.of("LOC");

    /**
     * A name of a language the names stage has no tagger for (Polish, Italian…) is found untyped (MISC), and the
     * registry files every entity under its type: "Chivy" (pl) could never join the place "Chiva" (es, en), nor
     * "Walencji" Valencia. Such a name joins the one entity of a real type the registry resolves it to (its
     * own spelling, a case ending, a sound key, as for a typed name); none when two types answer.
     */
    private Resolution untypedAsTyped(Mention m) {
        if (!m.type().equals("MISC") || m.language().isEmpty() || m.language().equals("ru") || NerModels.hasCrf(m.language())) {
            return null;
        }
        Resolution found = null;
        for (String type : TYPES) {
            Mention typed = new Mention(new NameSpan(m.span().text(), type, m.span().start(), m.span().end()), type,
                    m.tokens(), m.form(), m.compact(), m.sound(), m.language());
            Resolution r = inRegistry(typed);
            if (r == null) continue;
            if (found != null && !found.canonical().equals(r.canonical())) return null;
            found = new Resolution(r.canonical(), r.type(), "untyped+" + r.rule(), r.fixedDisplay());
        }
        return found;
    }

    /** Prepositions that open a sentence before a place in the languages that decline names ("W Polsce", "V Praze"). */
    private static final Map<String, Set<String>> PREPOSITIONS = Map.of(
            "pl", Set.of("w", "we", "z", "ze", "na", "do", "od", "po", "przy", "pod", "nad", "za", "u", "o"),
            "cs", Set.of("v", "ve", "z", "ze", "na", "do", "od", "po", "při", "pod", "nad", "za", "u", "o", "k", "ke"),
            "sk", Set.of("v", "vo", "z", "zo", "na", "do", "od", "po", "pri", "pod", "nad", "za", "u", "o", "k", "ku"),
            "ru", Set.of("в", "во", "на", "из", "с", "со", "к", "от", "до", "по", "у", "о", "об", "под", "над", "за"),
            "uk", Set.of("в", "у", "на", "з", "із", "зі", "до", "від", "по", "під", "над", "за", "о", "об"));

    /**
     * A sentence's first word written as part of a place's name: "W Polsce" (in Poland) is Poland when "Polsce" is
     * a known place or declines to one; anything else keeps the name as found.
     */
    private Resolution placeAfterPreposition(Mention m) {
        Set<String> prepositions = PREPOSITIONS.get(m.language());
        String text = m.span().text();
        int space = text.indexOf(' ');
        if (prepositions == null || space <= 0 || !prepositions.contains(text.substring(0, space).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String rest = text.substring(space + 1).strip();
        List<String> tokens = forms.tokens(rest);
        if (tokens.isEmpty()) return null;
        String form = String.join(" ", tokens);
        Mention bare = new Mention(new NameSpan(rest, m.type(), m.span().end() - rest.length(), m.span().end()), m.type(),
                tokens, form, form.replace(" ", ""), forms.sound(rest, m.language()), m.language());
        Resolution r = knownEntity(bare);
        if (r == null) r = byInflection(bare);
        return r != null && r.canonical().startsWith("LOC:") && !forbidden(m, r.canonical())
                ? new Resolution(r.canonical(), r.type(), "after-preposition+" + r.rule(), r.fixedDisplay()) : null;
    }

    private Resolution alwaysOrKnown(Mention m) {
        Optional<String> target = rules.alwaysWith(m.compact());
        if (target.isPresent()) {
            String t = target.get();
            if (MergeRules.isCanonicalKey(t)) {
                return new Resolution(t, t.substring(0, t.indexOf(':')), "always-merge", null);
            }
            Mention other = mention(new NameSpan(t, m.type(), m.span().start(), m.span().end()), m.type());
            Resolution r = knownEntity(other);
            if (r == null) {
                r = inRegistry(other);
            }
            return new Resolution(r != null ? r.canonical() : newEntity(other).canonical(), m.type(), "always-merge",
                    r != null ? r.fixedDisplay() : null);
        }
        return knownEntity(m);
    }

    private Resolution knownEntity(Mention m) {
        Optional<ReferenceNames.Known> k = known.find(m.type(), m.span().text());
        if (k.isEmpty()) {
            k = genitiveOfPlace(m);
        }
        if (k.isEmpty()) {
            k = placeAfterArticle(m);
        }
        if (k.isEmpty() || forbidden(m, k.get().canonical())) {
            return null;
        }
        String canonical = k.get().canonical();
        return new Resolution(canonical, canonical.substring(0, canonical.indexOf(':')), k.get().rule(), k.get().display());
    }

    /** Languages whose names take a genitive -s: German "Syriens", "Europas"; Swedish, Danish, Norwegian "Sveriges". */
    private static final Set<String> GENITIVE_S = Set.of("de", "sv", "da", "nb", "nn", "no");

    /**
     * A known place in the genitive, in a language that writes it with -s or -es ("Syriens" → SY, "Thailands" → TH,
     * "Europas" → Europe): only when the name as written is no known name (checked before) and the bare form is a
     * known place, so "Paris" or "Laos" are never cut.
     */
    private Optional<ReferenceNames.Known> genitiveOfPlace(Mention m) {
        String text = m.span().text();
        if (m.type().equals("PER") || !GENITIVE_S.contains(m.language()) || text.length() < 5 || !text.endsWith("s")) {
            return Optional.empty();
        }
        Optional<ReferenceNames.Known> bare = known.find("LOC", text.substring(0, text.length() - 1));
        if (bare.isEmpty() && text.endsWith("es")) {
            bare = known.find("LOC", text.substring(0, text.length() - 2));
        }
        return bare.filter(k -> k.canonical().startsWith("LOC:"));
    }

    /** The definite articles a place's name may be written with, by language ("la France", "die Schweiz"). */
    private static final Map<String, Set<String>> PLACE_ARTICLES = Map.of(
            "fr", Set.of("le", "la", "les", "l"),
            "it", Set.of("il", "lo", "la", "i", "gli", "le", "l"),
            "es", Set.of("el", "la", "los", "las"),
            "pt", Set.of("o", "a", "os", "as"),
            "de", Set.of("der", "die", "das", "dem", "den", "des"),
            "nl", Set.of("de", "het"),
            "en", Set.of("the"));

    /**
     * A known place written with its language's article, as a sentence opening with it makes the finder take it in
     * ("La France a annoncé", "L'Italia", "Die Schweiz", "The Netherlands" → FR, IT, CH, NL): only when the name as
     * written is no known name (checked before), so the places whose article is part of their name ("El Salvador",
     * "Le Havre", "Los Angeles", "The Hague") keep it, and only when the rest is a known place.
     */
    private Optional<ReferenceNames.Known> placeAfterArticle(Mention m) {
        Set<String> articles = PLACE_ARTICLES.get(m.language());
        String text = m.span().text();
        if (articles == null || m.type().equals("PER") || m.type().equals("ORG")) {
            return Optional.empty();
        }
        int cut = text.indexOf(' ');
        int apostrophe = Math.max(text.indexOf('\''), text.indexOf('\u2019'));
        if (apostrophe == 1 && (cut < 0 || apostrophe < cut)) {
            cut = apostrophe; // "L'Italie", "L’Italia"
        }
        if (cut <= 0 || !articles.contains(text.substring(0, cut).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String rest = text.substring(cut + 1).strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0))) {
            return Optional.empty();
        }
        return known.find(m.type(), rest).filter(k -> k.canonical().startsWith("LOC:"));
    }

    /** A surname joined to a full name, or an acronym to its expansion, in the same article; nearest first. */
    private Resolution withinArticle(Mention m, int at, List<Mention> mentions, Resolution[] resolved, String text) {
        boolean acronym = NameForms.isAcronym(m.span().text());
        List<String> surnames = m.type().equals("PER") ? surnameCandidates(m) : List.of();
        Set<String> nominatives = m.type().equals("PER") && m.tokens().size() == 1 && !acronym ? inflectedForms(m) : Set.of();
        Resolution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < mentions.size(); j++) {
            Mention other = mentions.get(j);
            Resolution r = resolved[j];
            if (r == null || other.tokens().size() < 2 || j == at) {
                continue;
            }
            String rule = null;
            if (m.tokens().size() >= 2 ? m.endsOf(other) : !surnames.isEmpty() && other.type().equals("PER")
                    && surnames.contains(other.tokens().get(other.tokens().size() - 1))) {
                rule = "surname-of";
            } else if (!nominatives.isEmpty() && other.type().equals("PER")
                    && nominatives.contains(lastWord(other.span().text()).toLowerCase(Locale.ROOT))) {
                rule = "inflection+surname-of"; // "Putina" after "Władimir Putin", letter for letter: not "Nováková"
            } else if (acronym && !other.type().equals("PER")
                    && (expands(other.span().text(), m.span().text()) || followedBy(text, other.span(), m.span().text()))) {
                rule = "acronym-of";
            }
            // Prefer the nearest long form before the mention, then the nearest after it.
            int distance = j < at ? at - j : mentions.size() + j - at;
            if (rule != null && distance < bestDistance && !forbidden(m, r.canonical())) {
                best = new Resolution(r.canonical(), r.type(), rule, r.fixedDisplay());
                bestDistance = distance;
            }
        }
        return best != null || !m.type().equals("PER") || m.tokens().size() != 1 || acronym ? best
                : namePartOf(m, mentions, resolved);
    }

    /**
     * A one-word person that is another word than the last of exactly one fuller person's name in the article: the
     * family name written first ("Xi Jinping … Xi"), a name in the middle ("Luiz Inácio Lula da Silva … Lula"), or a
     * first name the article goes on with. With two such people in the article, neither.
     */
    private Resolution namePartOf(Mention m, List<Mention> mentions, Resolution[] resolved) {
        String word = m.tokens().get(0);
        if (word.length() < 2) return null;
        Resolution found = null;
        for (int j = 0; j < mentions.size(); j++) {
            Mention other = mentions.get(j);
            Resolution r = resolved[j];
            if (r == null || other.tokens().size() < 2 || !other.type().equals("PER") || !r.canonical().startsWith("PER:")) continue;
            List<String> tokens = other.tokens();
            if (!tokens.subList(0, tokens.size() - 1).contains(word)) continue;
            if (found != null && !found.canonical().equals(r.canonical())) return null; // two people: say nothing
            if (!forbidden(m, r.canonical())) found = new Resolution(r.canonical(), r.type(), "name-part-of", r.fixedDisplay());
        }
        return found;
    }

    private List<String> surnameCandidates(Mention m) {
        if (!NameForms.isCyrillic(m.span().text())) {
            return List.of(m.form());
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(m.form());
        for (String stem : caseEndingStems(m.span().text())) {
            candidates.add(forms.form(stem));
        }
        return candidates;
    }

    private Resolution inRegistry(Mention m) {
        if (m.compact().isEmpty()) {
            return null;
        }
        boolean singlePerson = m.type().equals("PER") && m.tokens().size() == 1;
        RegisteredEntity exact = best(registry.lookup(exactKey(m.type(), m)), m);
        if (exact != null) {
            // A surname seen alone before its full name: prefer the full name once it is known.
            if (singlePerson && !m.withoutContext() && exact.variants().stream().allMatch(v -> v.form().indexOf(' ') < 0)) {
                Resolution full = bySurname(m);
                if (full != null) return full;
            }
            return new Resolution(exact.canonical(), exact.type(), exactRule(m, exact), fixedDisplay(exact));
        }
        if (singlePerson && !m.withoutContext()) {
            Resolution full = bySurname(m);
            if (full != null) return full;
        }
        if (m.type().equals("PER") && m.tokens().size() >= 2) {
            // A surname of several words seen before in a fuller name, of one person only: "von der Leyen".
            RegisteredEntity fuller = uniqueEndingWith(m);
            if (fuller != null) {
                return new Resolution(fuller.canonical(), fuller.type(), "surname-of", fixedDisplay(fuller));
            }
        }
        if (m.type().equals("PER") && m.tokens().size() >= 2) {
            // A full name whose surname was seen alone before: the surname meant this person.
            RegisteredEntity surnameOnly = uniqueSurnameOnly(m);
            if (surnameOnly != null) {
                return new Resolution(surnameOnly.canonical(), surnameOnly.type(), "full-name-of", fixedDisplay(surnameOnly));
            }
        }
        Resolution inflected = byInflection(m);
        if (inflected != null) return inflected;
        Resolution sameSound = bySound(m);
        return sameSound != null ? sameSound : closest(m);
    }

    /**
     * The nominatives an inflected name of a declining language may come from, lower case, without the name as
     * written: "Putina" → {"putin", "putino"}; empty in other languages.
     */
    private Set<String> inflectedForms(Mention m) {
        if (!caseEndings.covers(m.language())) return Set.of();
        Set<String> forms = new HashSet<>();
        for (String form : nominatives(m)) {
            if (!form.equals(m.span().text())) forms.add(form.toLowerCase(Locale.ROOT));
        }
        return forms;
    }

    /**
     * The name as written, then the nominatives it may come from: in Polish first the dictionary's (each word as the
     * proper noun it is a form of: "Walencji" → "Walencja", "Głuchołazach" → "Głuchołazy"), then the case endings'.
     */
    private List<String> nominatives(Mention m) {
        List<String> byEndings = caseEndings.nominatives(m.span().text(), m.language());
        if (!"pl".equals(m.language())) return byEndings;
        String[] words = m.span().text().strip().split("\\s+");
        PolishNameWords dictionary = polish.get();
        StringBuilder lemma = new StringBuilder();
        for (String word : words) {
            List<String> lemmas = dictionary.properLemmas(word);
            if (lemma.length() > 0) lemma.append(' ');
            lemma.append(lemmas.isEmpty() || lemmas.contains(word) ? word : lemmas.get(0));
        }
        if (lemma.toString().equals(m.span().text())) return byEndings;
        Set<String> out = new java.util.LinkedHashSet<>();
        out.add(byEndings.get(0));
        out.add(lemma.toString());
        out.addAll(byEndings);
        return List.copyOf(out);
    }


    private static String lastWord(String text) {
        String stripped = text.strip();
        return stripped.substring(stripped.lastIndexOf(' ') + 1);
    }

    /**
     * The one entity an inflected name comes from, in a language that declines names ({@link CaseEndings}): "Polsce"
     * the country of "Polska", "Moskwie" the city of "Moskwa", "Putina" the person whose name ends with "Putin",
     * "Krakowie" the place another article wrote "Kraków" (both are filed under the nominatives they may come from).
     * A nominative must match a spelling letter for letter, diacritics included ("Novákovi" is Novák's, never
     * Nováková's); two entities answering, none is chosen. A name of a language without endings is only looked up
     * as written among the nominatives filed.
     */
    private Resolution byInflection(Mention m) {
        if (NameForms.isAcronym(m.span().text())) return null;
        Map<String, Resolution> found = new LinkedHashMap<>();
        // In any language, the name as written may be what a declined form seen before comes from ("Petr Pavel" in a
        // German article, "Petrem Pavlem" in a Czech one); only a declining language's names are tried in other forms.
        for (String form : nominatives(m)) {
            String lower = form.toLowerCase(Locale.ROOT);
            for (String key : registry.lookup(lookupType(m.type(), m) + "|n:" + lower)) {
                registry.get(key).filter(e -> e.type().equals(m.type()) && !forbidden(m, e))
                        .ifPresent(e -> found.putIfAbsent(e.canonical(), new Resolution(e.canonical(), e.type(), "inflection", fixedDisplay(e))));
            }
            if (form.equals(m.span().text()) || m.withoutContext()) continue; // the rest finds full names' entities
            Mention bare = mention(new NameSpan(form, m.type(), m.span().start(), m.span().end()), m.type());
            if (bare.compact().isEmpty()) continue;
            Resolution k = knownEntity(bare);
            if (k != null && !forbidden(m, k.canonical())) {
                found.putIfAbsent(k.canonical(), new Resolution(k.canonical(), k.type(), "inflection+" + k.rule(), k.fixedDisplay()));
            }
            if (k == null && m.type().equals("PER") && bare.tokens().size() == 1) {
                // A listed person's declined surname read before any full name of his ("podle prezidenta Dudy"): the
                // list's person, as when his full name had been read first (the registry's nominatives find it then).
                known.personBySurname(bare.compact()).filter(p -> !forbidden(m, p.canonical())).ifPresent(p -> found.putIfAbsent(
                        p.canonical(), new Resolution(p.canonical(), "PER", "inflection+surname-of+person-file", p.display())));
            }
            for (String key : registry.lookup(exactKey(m.type(), bare))) {
                registry.get(key).filter(e -> e.type().equals(m.type()) && !forbidden(m, e))
                        .filter(e -> e.variants().stream().anyMatch(v -> v.text().equalsIgnoreCase(form)))
                        .ifPresent(e -> found.putIfAbsent(e.canonical(), new Resolution(e.canonical(), e.type(), "inflection", fixedDisplay(e))));
            }
            if (m.type().equals("PER") && bare.tokens().size() == 1) {
                for (String key : registry.lookup("PER|s:" + bare.compact())) {
                    registry.get(key).filter(e -> e.type().equals("PER") && !forbidden(m, e))
                            .filter(e -> e.variants().stream().anyMatch(v -> lastWord(v.text()).equalsIgnoreCase(form)))
                            .ifPresent(e -> found.putIfAbsent(e.canonical(), new Resolution(e.canonical(), e.type(), "inflection+surname-of", fixedDisplay(e))));
                }
            }
        }
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    /** Sound keys shorter than this say too little to join on ("Li", "Wang"). */
    private static final int MIN_SOUND = 6;

    /**
     * The one entity of the mention's type whose spellings sound the same once each is read by its article's
     * language ("Bachmut" / "Bakhmout", "Selenskyj" / "Zelensky"; {@link NameForms#sound}); none when two
     * entities sound alike, or when the key is short. Acronyms have no sound. Only across languages: within one
     * language another spelling is another name ("Sharov" / "Zharov"), so the entity must have been written with
     * this sound in a language other than the mention's.
     */
    private Resolution bySound(Mention m) {
        if (m.sound().length() < MIN_SOUND || NameForms.isAcronym(m.span().text())) {
            return null;
        }
        RegisteredEntity found = null;
        String soundKey = lookupType(m.type(), m) + "|p:" + m.sound();
        for (String key : registry.lookup(soundKey)) {
            RegisteredEntity e = registry.get(key).orElse(null);
            if (e == null || !e.type().equals(m.type()) || forbidden(m, e)) continue;
            boolean inAnotherLanguage = e.variants().stream().anyMatch(v -> v.lookupKeys().contains(soundKey)
                    && v.languages().stream().anyMatch(l -> !l.equals(m.language())));
            if (!inAnotherLanguage) continue;
            if (found != null && !found.canonical().equals(e.canonical())) return null;
            found = e;
        }
        return found == null ? null : new Resolution(found.canonical(), found.type(), "same-sound", fixedDisplay(found));
    }

    /**
     * The one person a surname alone names: among the registry's people written in full with it and the person of the
     * reference list whose spellings end with it ({@link ReferenceNames#personBySurname}), so that "Poutine" read
     * before any "Vladimir Poutine" gets the list's key too. None when two people answer.
     */
    private Resolution bySurname(Mention m) {
        Map<String, RegisteredEntity> found = new LinkedHashMap<>(2);
        for (String key : registry.lookup("PER|s:" + m.compact())) {
            registry.get(key).filter(e -> !forbidden(m, e)).ifPresent(e -> found.putIfAbsent(e.canonical(), e));
        }
        Optional<ReferenceNames.Known> listed = known.personBySurname(m.compact()).filter(k -> !forbidden(m, k.canonical()));
        if (listed.isPresent() && !found.containsKey(listed.get().canonical())) {
            if (!found.isEmpty()) return null;
            return new Resolution(listed.get().canonical(), "PER", "surname-of+person-file", listed.get().display());
        }
        if (found.size() != 1) return null;
        RegisteredEntity full = found.values().iterator().next();
        return new Resolution(full.canonical(), full.type(), "surname-of", fixedDisplay(full));
    }

    /** The one registry person with a longer name ending with this one's words ("Ursula von der Leyen"), or null. */
    private RegisteredEntity uniqueEndingWith(Mention m) {
        List<RegisteredEntity> found = new ArrayList<>(2);
        for (String key : registry.lookup("PER|s:" + m.tokens().get(m.tokens().size() - 1))) {
            registry.get(key)
                    .filter(e -> e.type().equals("PER") && !forbidden(m, e))
                    .filter(e -> e.variants().stream().anyMatch(v -> endsWith(v.form(), m.tokens())))
                    .ifPresent(found::add);
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean endsWith(String form, List<String> tokens) {
        List<String> words = List.of(form.split(" "));
        return words.size() > tokens.size() && words.subList(words.size() - tokens.size(), words.size()).equals(tokens);
    }

    private RegisteredEntity uniqueSurnameOnly(Mention m) {
        List<RegisteredEntity> found = new ArrayList<>(2);
        String surname = m.tokens().get(m.tokens().size() - 1);
        Set<String> keys = new HashSet<>(registry.lookup("PER|f:" + surname));
        keys.addAll(registry.lookup("PER|i:" + surname));
        // A surname seen alone in a case ending before ("Fialovi"), filed under the nominatives it may come from.
        if (caseEndings.covers(m.language())) keys.addAll(registry.lookup("PER|n:" + lastWord(m.span().text()).toLowerCase(Locale.ROOT)));
        for (String key : keys) {
            registry.get(key)
                    .filter(e -> e.type().equals("PER") && !forbidden(m, e))
                    .filter(e -> e.variants().stream().allMatch(v -> v.form().indexOf(' ') < 0))
                    .ifPresent(found::add);
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The registry entity of the same type closest by edit distance, if close enough (see {@link #nearness}). */
    private Resolution closest(Mention m) {
        boolean oneWord = m.tokens().size() == 1;
        if (m.tokens().isEmpty() || (oneWord && (m.type().equals("PER") || m.compact().length() < 8))) {
            return null; // nearness() would refuse every candidate
        }
        // Candidates share the consonants of the last word, or of the first (Zelensky / Selenskyj). A block
        // as common as "John" says little and would cost much as the registry grows: it is skipped.
        Set<String> candidates = new HashSet<>();
        Set<String> byLast = registry.lookup(m.type() + "|k:" + NameForms.skeleton(m.tokens().get(m.tokens().size() - 1)));
        if (byLast.size() <= MAX_BLOCK) {
            candidates.addAll(byLast);
        }
        if (m.tokens().size() > 1) {
            Set<String> byFirst = registry.lookup(m.type() + "|k1:" + NameForms.skeleton(m.tokens().get(0)));
            if (byFirst.size() <= MAX_BLOCK) {
                candidates.addAll(byFirst);
            }
        }
        Resolution best = null;
        int bestDistance = Integer.MAX_VALUE;
        long bestMentions = -1;
        for (String key : candidates) {
            RegisteredEntity e = registry.get(key).orElse(null);
            if (e == null || !e.type().equals(m.type()) || forbidden(m, e)) {
                continue;
            }
            long mentions = e.mentions();
            for (Variant v : e.variants()) {
                int d = nearness(m.type(), m.tokens(), List.of(v.form().split(" ")));
                if (d >= 0 && (d < bestDistance || (d == bestDistance && mentions > bestMentions))) {
                    String rule = d == 0 ? "name-subset" : "edit-distance(" + d + ")";
                    best = new Resolution(e.canonical(), e.type(), rule, fixedDisplay(e));
                    bestDistance = d;
                    bestMentions = mentions;
                }
            }
        }
        return best;
    }

    /**
     * How far apart two names of one type are, or -1 when too far to be one entity. Persons need the same
     * surname give or take one letter and a compatible first name ("Dmitri"/"Dimitri", "V."), so that two
     * people sharing a surname stay apart; one-word names never merge by distance unless long (8+ letters).
     * Returns 0 for a name whose words are a subset of the other's with the same first and last word
     * ("Vladimir Vladimirovich Putin" / "Vladimir Putin").
     */
    static int nearness(String type, List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return -1;
        }
        String compactA = String.join("", a);
        String compactB = String.join("", b);
        int allowed = allowedEdits(Math.min(compactA.length(), compactB.length()));
        if (a.size() == 1 || b.size() == 1) {
            if (type.equals("PER") || a.size() != b.size() || compactA.length() < 8
                    || compactA.charAt(0) != compactB.charAt(0)) {
                return -1;
            }
            int d = NameForms.distance(compactA, compactB, 1);
            return d <= 1 ? d : -1;
        }
        if (!type.equals("PER")) {
            if (a.size() != b.size() || compactA.charAt(0) != compactB.charAt(0)) {
                return -1;
            }
            int d = NameForms.distance(compactA, compactB, allowed);
            return d <= allowed ? d : -1;
        }
        String lastA = a.get(a.size() - 1);
        String lastB = b.get(b.size() - 1);
        if (a.size() != b.size()) {
            List<String> shorter = a.size() < b.size() ? a : b;
            List<String> longer = a.size() < b.size() ? b : a;
            return lastA.equals(lastB) && a.get(0).equals(b.get(0)) && longer.containsAll(shorter) ? 0 : -1;
        }
        int lastLimit = Math.min(lastA.length(), lastB.length()) < 5 ? 0 : 1;
        if (NameForms.distance(lastA, lastB, lastLimit) > lastLimit || !compatibleFirstNames(a.get(0), b.get(0))) {
            return -1;
        }
        for (int i = 1; i < a.size() - 1; i++) {
            // Middle names vary more across transliterations ("Kassym-Schomart" / "Kassym-Jomart"): two edits when long.
            int middleLimit = Math.min(a.get(i).length(), b.get(i).length()) >= 5 ? 2 : 1;
            if (NameForms.distance(a.get(i), b.get(i), middleLimit) > middleLimit) {
                return -1;
            }
        }
        if (!a.get(0).equals(b.get(0)) && a.get(0).length() > 1 && b.get(0).length() > 1
                && (a.get(0).startsWith(b.get(0)) || b.get(0).startsWith(a.get(0)))) {
            // A short first name ("Jenni" / "Jennifer"): the rest of the name decides.
            String restA = String.join("", a.subList(1, a.size()));
            String restB = String.join("", b.subList(1, b.size()));
            int allowedRest = allowedEdits(Math.min(restA.length(), restB.length()));
            int d = NameForms.distance(restA, restB, allowedRest);
            return d <= allowedRest ? d + 1 : -1;
        }
        int d = NameForms.distance(compactA, compactB, allowed);
        return d <= allowed ? d : -1;
    }

    private static boolean compatibleFirstNames(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        // A short form of the same first name: "Jenni" / "Jennifer" (normalised "eni" / "enifer"), "Alex" / "Alexander".
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            return true;
        }
        return a.length() >= 5 && b.length() >= 5 && NameForms.distance(a, b, 1) <= 1;
    }

    private static int allowedEdits(int length) {
        return length >= 15 ? 2 : length >= 8 ? 1 : 0;
    }

    /** Russian case endings are the name finder's business, but a name still inflected should not be lost. */
    private Resolution withoutCaseEnding(Mention m) {
        for (String stem : caseEndingStems(m.span().text())) {
            Mention bare = mention(new NameSpan(stem, m.type(), m.span().start(), m.span().end()), m.type());
            if (m.withoutContext()) bare = bare.aloneInItsArticle();
            Resolution r = knownEntity(bare);
            if (r == null) {
                r = inRegistry(bare);
            }
            if (r != null && !forbidden(m, r.canonical())) {
                return new Resolution(r.canonical(), r.type(), "inflection+" + r.rule(), r.fixedDisplay());
            }
        }
        return null;
    }

    private static List<String> caseEndingStems(String text) {
        List<String> stems = new ArrayList<>(3);
        for (String ending : RUSSIAN_ENDINGS) {
            if (text.endsWith(ending) && text.length() - ending.length() >= 3) {
                String stem = text.substring(0, text.length() - ending.length());
                stems.add(stem);
                stems.add(stem + "а"); // Москвы → Москва
            }
        }
        return stems;
    }

    private Resolution newEntity(Mention m) {
        String slug = forms.slug(m.span().text());
        String base = m.type() + ":" + (slug.isEmpty() ? "x" + Integer.toHexString(m.span().text().hashCode()) : slug);
        String canonical = base;
        for (int n = 2; ; n++) {
            Optional<RegisteredEntity> taken = registry.get(canonical);
            // Free, or the same name registered by another thread meanwhile: take it.
            if (known.isKnownKey(canonical)) {
                canonical = base + "-" + n;
                continue;
            }
            if (taken.isEmpty() || (registry.lookup(exactKey(m.type(), m)).contains(canonical) && !forbidden(m, taken.get()))) {
                return new Resolution(canonical, m.type(), taken.isEmpty() ? "new" : "exact", null);
            }
            canonical = base + "-" + n;
        }
    }

    /** The key spellings that are equal file under: the normalised form, or for an acronym its letters as written. */
    private static String exactKey(String type, Mention m) {
        String text = m.span().text();
        return lookupType(type, m) + "|f:" + (NameForms.isAcronym(text) ? "acr:" + text.replace(".", "") : m.compact());
    }

    private Resolution record(Mention m, Resolution r, String language, LocalDate seen) {
        List<String> lookupKeys = new ArrayList<>(3);
        // Spellings of known entities are found again by the known index, which matches strictly; filing them
        // under loose EMM forms as well would let "Albany" join Albania.
        if (!m.compact().isEmpty() && !KNOWN_RULES.contains(r.rule())) {
            lookupKeys.add(exactKey(r.type(), m));
            String filedAs = lookupType(r.type(), m);
            if (m.sound().length() >= MIN_SOUND && !NameForms.isAcronym(m.span().text())) {
                lookupKeys.add(filedAs + "|p:" + m.sound());
            }
            lookupKeys.add(filedAs + "|k:" + NameForms.skeleton(m.tokens().get(m.tokens().size() - 1)));
            if (m.tokens().size() > 1) {
                lookupKeys.add(r.type() + "|k1:" + NameForms.skeleton(m.tokens().get(0)));
            }
            if (r.type().equals("PER") && m.tokens().size() >= 2) {
                lookupKeys.add("PER|s:" + m.tokens().get(m.tokens().size() - 1));
            }
            if (caseEndings.covers(m.language()) && !NameForms.isAcronym(m.span().text())) {
                // Filed under the nominatives it may come from, so that "Kraków" finds the "Krakowie" seen before it.
                for (String form : nominatives(m)) {
                    lookupKeys.add(filedAs + "|n:" + form.toLowerCase(Locale.ROOT));
                }
            }
            if (r.type().equals("PER") && m.tokens().size() == 1 && NameForms.isCyrillic(m.span().text())) {
                // An inflected surname ("Путиным") is also filed under its possible stems, for a later full name.
                for (String stem : caseEndingStems(m.span().text())) {
                    lookupKeys.add(filedAs + "|i:" + forms.compact(stem));
                }
            }
        }
        RegisteredEntity updated = registry.observe(new Observation(r.canonical(), r.type(), m.span().text(), m.form(),
                language == null ? "" : language, r.rule(), seen, lookupKeys, r.fixedDisplay()));
        if (!KNOWN_RULES.contains(r.rule()) && !r.rule().equals("always-merge")) rekeyToItsSpelling(updated);
        return r;
    }

    /** Moves a minted key to the one its most used spelling gives, when that key is free (see {@link EntityKeys}). */
    private void rekeyToItsSpelling(RegisteredEntity entity) {
        if (entity.displayFixed() || known.isKnownKey(entity.canonical())) return;
        String wanted = EntityKeys.wanted(entity, forms);
        if (wanted == null || wanted.equals(entity.canonical()) || known.isKnownKey(wanted)) return;
        Optional<RegisteredEntity> holder = registry.get(wanted);
        if (holder.isPresent() && !holder.get().canonical().equals(entity.canonical())) return; // another entity's
        if (!EntityKeys.minted(entity, forms)) return;
        registry.rekey(entity.canonical(), wanted);
    }

    /** The key an entity has now, given one it has or had (a key given before it was re-keyed). */
    public String currentKey(String canonical) {
        return registry.get(canonical).map(RegisteredEntity::canonical).orElse(canonical);
    }

    private RegisteredEntity best(Set<String> keys, Mention m) {
        RegisteredEntity best = null;
        for (String key : keys) {
            RegisteredEntity e = registry.get(key).orElse(null);
            if (e != null && e.type().equals(m.type()) && !forbidden(m, e)
                    && (best == null || e.mentions() > best.mentions())) {
                best = e;
            }
        }
        return best;
    }

    private String exactRule(Mention m, RegisteredEntity e) {
        if (e.variant(m.span().text()).isPresent()) {
            return "exact";
        }
        return NameForms.isNonLatin(m.span().text()) ? "translit" : "emm-normalised";
    }

    private static String fixedDisplay(RegisteredEntity e) {
        return e.displayFixed() ? e.display() : null;
    }

    private boolean forbidden(Mention m, String canonical) {
        return forbidden(m, canonical, registry.get(canonical).map(RegisteredEntity::forms).orElse(Set.of()));
    }

    private boolean forbidden(Mention m, RegisteredEntity e) {
        return forbidden(m, e.canonical(), e.forms());
    }

    private boolean forbidden(Mention m, String canonical, Collection<String> entityForms) {
        if (!rules.hasNever()) {
            return false;
        }
        Set<String> compacts = entityForms.stream().map(f -> f.replace(" ", "")).collect(Collectors.toSet());
        return rules.forbids(m.compact(), canonical, compacts);
    }

    private Mention mention(NameSpan span, String type) {
        List<String> tokens = forms.tokens(span.text());
        String form = String.join(" ", tokens);
        return new Mention(span, type, tokens, form, form.replace(" ", ""), forms.sound(span.text(), "en"), "");
    }

    /**
     * Whether an acronym is made of the initials of a name: of all its words, or of its content words (longer
     * than three letters or capitalised), so "OTSC" expands "Organisation du Traité de sécurité collective".
     */
    static boolean expands(String name, String acronym) {
        String wanted = acronym.replace(".", "").toUpperCase(Locale.ROOT);
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        // The words between runs of separators, walked without splitting: an acronym is compared with every other
        // mention of the article, and the regex split was a tenth of the entities stage.
        int n = name.length();
        int i = 0;
        while (i < n) {
            if (separatesWords(name.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !separatesWords(name.charAt(i))) i++;
            int first = name.codePointAt(start);
            if (!Character.isLetter(first)) {
                continue;
            }
            String initial = new String(Character.toChars(first)).toUpperCase(Locale.ROOT);
            all.append(initial);
            if (i - start > 3 || Character.isUpperCase(first)) {
                content.append(initial);
            }
        }
        return wanted.contentEquals(all) || wanted.contentEquals(content);
    }

    /** {@code [\s\-'’]}: the regex's {@code \s} is {@code [ \t\n\x0B\f\r]}. */
    private static boolean separatesWords(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-' || c == '\'' || c == '’';
    }

    /** Whether the text has the acronym in parentheses right after the name: "… collective (OTSC)". */
    private static boolean followedBy(String text, NameSpan name, String acronym) {
        if (text == null || name.end() < 0 || name.end() >= text.length()) {
            return false;
        }
        int i = name.end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.startsWith("(" + acronym, i) || text.startsWith("( " + acronym, i);
    }
}
