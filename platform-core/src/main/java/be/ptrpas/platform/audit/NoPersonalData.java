package be.ptrpas.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a read answers no personal data, so it is not recorded in the read audit. The reason is for the
 * reviewer; {@code PersonalDataMarkersTest} also refuses it on a method whose answer has fields that look personal.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoPersonalData {

    /** Why nothing personal is answered. */
    String value();

    /**
     * Answered fields whose names look personal but hold nothing about a person (a municipality's functional mailbox,
     * a count per plate), each named here so that a reviewer sees the decision.
     */
    String[] despite() default {};
}
