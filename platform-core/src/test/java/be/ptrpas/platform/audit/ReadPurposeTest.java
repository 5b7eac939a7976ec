package be.ptrpas.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.security.Roles;
import org.junit.jupiter.api.Test;

class ReadPurposeTest {

    @Test
    void aStatedPurposeIsKeptAsGivenAndNoneMeansTheRolesPurpose() {
        assertThat(ReadPurpose.stated("  bezwaar dossier 2026/118 ")).isEqualTo("bezwaar dossier 2026/118");
        assertThat(ReadPurpose.stated(null)).isNull();
        assertThat(ReadPurpose.stated("   ")).isNull();
        assertThat(ReadPurpose.ofRole(Roles.OFFICIAL)).isEqualTo("GAS sanctioning procedure");
        assertThat(ReadPurpose.ofRole("system")).isEqualTo("unspecified");
        assertThat(Roles.ALL)
                .allSatisfy(role -> assertThat(ReadPurpose.ofRole(role)).isNotEqualTo("unspecified"));
    }

    @Test
    void aPurposeTheTrailCannotKeepAsIsIsRefused() {
        assertThat(ReadPurpose.stated("é".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> ReadPurpose.stated("x".repeat(201)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("200");
        assertThatThrownBy(() -> ReadPurpose.stated("dossier\r\nX-Injected: 1")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ReadPurpose.stated("tab\there")).isInstanceOf(ProblemException.class);
    }
}
