package dev.storyline.entities;

/**
 * The shipped reference names (no configuration folder), loaded once for the resolver tests of a test run: they are
 * immutable and their name forms thread-safe, so the classes that only read them share one copy.
 */
final class ShippedNames {

    private ShippedNames() {
    }

    private static final class Holder {
        static final ReferenceNames KNOWN = ReferenceNames.load(new NameForms());
    }

    /** The shipped lists and CLDR, as {@link ReferenceNames#load(NameForms)} gives them; their forms: {@code known().forms()}. */
    static ReferenceNames known() {
        return Holder.KNOWN;
    }
}
