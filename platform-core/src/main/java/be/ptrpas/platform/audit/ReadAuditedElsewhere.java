package be.ptrpas.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read of personal data that keeps its own record of every call instead of the general read audit: the plate check,
 * whose check log (who, device, when, plate, zone, verdict) is its read audit, written in batches off the hot path
 * (see docs/architecture.md, "Read audit").
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadAuditedElsewhere {

    /** Where the record of each call is kept. */
    String value();
}
