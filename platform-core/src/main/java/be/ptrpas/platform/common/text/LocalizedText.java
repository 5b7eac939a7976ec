package be.ptrpas.platform.common.text;

import be.ptrpas.platform.common.problem.Violations;

/** A text in the languages of Flemish municipalities; Dutch is always required. */
public record LocalizedText(String nl, String fr, String en) {

    public static void validate(Violations violations, String field, LocalizedText text, int maxLength) {
        if (!violations.required(field, text)) {
            return;
        }
        if (violations.required(field + ".nl", text.nl())) {
            violations.maxLength(field + ".nl", text.nl(), maxLength);
        }
        violations.maxLength(field + ".fr", text.fr(), maxLength);
        violations.maxLength(field + ".en", text.en(), maxLength);
    }

    /** For optional descriptions: absent is fine, but what is given must fit. */
    public static void validateOptional(Violations violations, String field, LocalizedText text, int maxLength) {
        if (text != null) {
            violations.maxLength(field + ".nl", text.nl(), maxLength);
            violations.maxLength(field + ".fr", text.fr(), maxLength);
            violations.maxLength(field + ".en", text.en(), maxLength);
        }
    }

    public static LocalizedText of(String nl, String fr, String en) {
        return nl == null && fr == null && en == null ? null : new LocalizedText(nl, fr, en);
    }
}
