package be.ptrpas.platform.common.text;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A {@link LocalizedText} stored as three columns, {@code name_nl}, {@code name_fr}, {@code name_en} by default;
 * override the column names with {@code @AttributeOverride} for other texts (e.g. descriptions).
 */
@Embeddable
public class LocalizedColumns {

    @Column(name = "name_nl")
    private String nl;

    @Column(name = "name_fr")
    private String fr;

    @Column(name = "name_en")
    private String en;

    protected LocalizedColumns() {}

    private LocalizedColumns(LocalizedText text) {
        this.nl = text.nl();
        this.fr = text.fr();
        this.en = text.en();
    }

    /**
     * The columns holding {@code text}, reusing {@code current} when there is one: EclipseLink would count a fresh
     * embedded object as a change even when every value is the same.
     */
    public static LocalizedColumns update(LocalizedColumns current, LocalizedText text) {
        if (text == null) {
            return null;
        }
        if (current == null) {
            return new LocalizedColumns(text);
        }
        current.nl = text.nl();
        current.fr = text.fr();
        current.en = text.en();
        return current;
    }

    /** The text, or {@code null} when no language has one. */
    public static LocalizedText text(LocalizedColumns columns) {
        return columns == null ? null : LocalizedText.of(columns.nl, columns.fr, columns.en);
    }
}
