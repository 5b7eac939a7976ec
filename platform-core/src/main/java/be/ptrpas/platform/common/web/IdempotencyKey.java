package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemException;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} header that every money- or right-changing request must carry. */
public final class IdempotencyKey {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private IdempotencyKey() {
    }

    /** The key as sent, or a 400 problem naming the header when it is missing or malformed. */
    public static String require(String header) {
        if (header == null || !SHAPE.matcher(header).matches()) {
            throw ProblemException.invalid("Idempotency-Key", "header required: 8 to 100 letters, digits, '.', '_', ':' "
                    + "or '-', the same for every retry of this request");
        }
        return header;
    }
}
