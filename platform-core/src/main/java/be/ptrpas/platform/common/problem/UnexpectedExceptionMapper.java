package be.ptrpas.platform.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence: never a stack trace to the client. Failures that surface wrapped (a constraint violation at
 * commit, a problem thrown inside a transaction) are unwrapped; anything else is a 500 with an incident id that
 * points to the log entry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable error) {
        String instance = uriInfo.getRequestUri().getRawPath();
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return ProblemResponses.of(problem.type(), problem.getMessage(), instance, problem.errors());
            }
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return ProblemResponses.of(
                        ProblemType.CONCURRENT_UPDATE,
                        "This item was changed by someone else; reload it and try again.",
                        instance);
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return ProblemResponses.of(
                        ProblemType.CONFLICT,
                        "This would duplicate or break a reference to existing data; nothing was changed.",
                        instance);
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return ProblemResponses.of(
                        ProblemType.VALIDATION,
                        "A value is out of the range the platform can store; nothing was changed.",
                        instance);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident + " on " + instance, error);
        return ProblemResponses.of(
                ProblemType.INTERNAL,
                "Something went wrong on our side; nothing was changed. Incident " + incident + ".",
                instance);
    }
}
