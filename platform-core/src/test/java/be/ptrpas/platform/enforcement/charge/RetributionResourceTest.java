package be.ptrpas.platform.enforcement.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class RetributionResourceTest {

    @Test
    void namingAHolderReportsEveryBadFieldAtOnce() {
        // Checked before the service is called: the resource needs nothing else here.
        ProblemException problem = catchThrowableOfType(
                () -> new RetributionResource()
                        .holder("11002", "r-1", new RetributionResource.Holder("12345678901", "x".repeat(201))),
                ProblemException.class);
        assertThat(problem).isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("holderId", "name");
    }
}
