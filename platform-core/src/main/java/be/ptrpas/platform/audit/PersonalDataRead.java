package be.ptrpas.platform.audit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose answer holds personal data: every successful call is recorded in the read audit
 * (who, when, which item or which list query, why) before the answer leaves ({@link ReadAuditFilter}, mission F-52).
 * A name binding, so the filter costs nothing on unmarked methods. {@code PersonalDataMarkersTest} fails when a GET
 * carries neither this nor {@link NoPersonalData} or {@link ReadAuditedElsewhere}: a new endpoint cannot forget.
 */
@NameBinding
// TYPE only for the filter that the binding selects (ReadAuditFilter); resources mark methods.
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalDataRead {

    /** What is read, as the audit trail names it (the same names as the change entries: gas-fine, payment, ...). */
    String value();

    /** The path parameter naming the one item read; empty for a list, which is recorded by its query instead. */
    String idParam() default "";
}
