package be.ptrpas.platform.tenant;

import static be.ptrpas.platform.tenant.BusinessModel.Party.MUNICIPALITY;
import static be.ptrpas.platform.tenant.BusinessModel.Party.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ValidationResults;
import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.tenant.BusinessModel.Operator;
import be.ptrpas.platform.tenant.BusinessModel.Type;
import be.ptrpas.platform.tenant.TenantDetails.Branding;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantDetailsValidationTest {

    static final LocalizedText GENK = new LocalizedText("Genk", "Genk", "Genk");
    static final Branding BRANDING = new Branding("#0055A4", "https://www.genk.be/logo.svg", "https://www.genk.be");
    static final BusinessModel IN_HOUSE =
            new BusinessModel(Type.IN_HOUSE, null, MUNICIPALITY, MUNICIPALITY, MUNICIPALITY);
    static final BusinessModel CONCESSION = new BusinessModel(
            Type.CONCESSION, new Operator("Parko Concessies NV", "0438.851.259"), MUNICIPALITY, OPERATOR, OPERATOR);

    static TenantDetails genk() {
        return new TenantDetails("71016", GENK, List.of("nl", "fr"), BRANDING, "parkeren@genk.be", IN_HOUSE);
    }

    static TenantDetails withNis(String nis) {
        return new TenantDetails(nis, GENK, List.of("nl"), null, null, IN_HOUSE);
    }

    static TenantDetails withModel(BusinessModel model) {
        return new TenantDetails(
                "12025", new LocalizedText("Mechelen", "Malines", null), List.of("nl"), null, null, model);
    }

    static List<FieldError> errors(TenantDetails details) {
        return ValidationResults.errors(details::validate);
    }

    static List<String> fields(TenantDetails details) {
        return ValidationResults.fields(details::validate);
    }

    @Test
    void validInputPasses() {
        assertThat(errors(genk())).isEmpty();
        assertThat(errors(withModel(CONCESSION))).isEmpty();
        assertThat(errors(withModel(new BusinessModel(
                        Type.AUTONOMOUS_MUNICIPAL_COMPANY,
                        new Operator("AGB Parkeren Antwerpen", "BE 0207.183.486"),
                        OPERATOR,
                        OPERATOR,
                        OPERATOR))))
                .isEmpty();
        assertThat(errors(new TenantDetails(
                        "11039", new LocalizedText("Schilde", null, null), List.of("nl"), null, null, IN_HOUSE)))
                .as("branding and e-mail are optional")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01002", "7101", "710166", "7101A", "71 16", " 71016"})
    void aNisCodeOfTheWrongFormIsNamed(String nis) {
        assertThat(fields(withNis(nis))).containsExactly("nisCode");
    }

    @Test
    void aMissingNisCodeIsNamed() {
        assertThat(errors(withNis(null))).containsExactly(new FieldError("nisCode", "is required"));
    }

    @Test
    void theDutchNameIsRequired() {
        assertThat(fields(new TenantDetails(
                        "71016", new LocalizedText(null, "Genk", "Genk"), List.of("nl"), null, null, IN_HOUSE)))
                .containsExactly("names.nl");
        assertThat(fields(new TenantDetails(
                        "71016", new LocalizedText(" ", null, null), List.of("nl"), null, null, IN_HOUSE)))
                .containsExactly("names.nl");
        assertThat(fields(new TenantDetails("71016", null, List.of("nl"), null, null, IN_HOUSE)))
                .containsExactly("names");
    }

    @Test
    void namesLongerThan200CharactersAreNamed() {
        assertThat(fields(new TenantDetails(
                        "71016",
                        new LocalizedText("Genk", "G".repeat(201), null),
                        List.of("nl"),
                        null,
                        null,
                        IN_HOUSE)))
                .containsExactly("names.fr");
    }

    @Test
    void aLanguageListedTwiceIsNamedAtItsSecondPlace() {
        List<FieldError> errors =
                errors(new TenantDetails("71016", GENK, List.of("nl", "fr", "nl"), null, null, IN_HOUSE));
        assertThat(errors).containsExactly(new FieldError("languages[2]", "is listed twice"));
    }

    @Test
    void unknownMissingAndNoLanguagesAreNamed() {
        assertThat(fields(
                        new TenantDetails("71016", GENK, Arrays.asList("nl", "es", null, "NL"), null, null, IN_HOUSE)))
                .containsExactly("languages[1]", "languages[2]", "languages[3]");
        assertThat(fields(new TenantDetails("71016", GENK, List.of(), null, null, IN_HOUSE)))
                .containsExactly("languages");
        assertThat(fields(new TenantDetails("71016", GENK, null, null, null, IN_HOUSE)))
                .containsExactly("languages");
    }

    @Test
    void badColourUrlsAndEmailAreNamed() {
        TenantDetails details = new TenantDetails(
                "71016",
                GENK,
                List.of("nl"),
                new Branding("#05A4", "http://www.genk.be/logo.svg", "www.genk.be"),
                "parkeren.genk.be",
                IN_HOUSE);
        assertThat(fields(details))
                .containsExactly("branding.primaryColor", "branding.logoUrl", "branding.websiteUrl", "contactEmail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blue", "0055A4", "#0055A", "#0055A4F", "#GG55A4"})
    void aColourMustBeHashAndSixHexDigits(String colour) {
        assertThat(fields(new TenantDetails(
                        "71016", GENK, List.of("nl"), new Branding(colour, null, null), null, IN_HOUSE)))
                .containsExactly("branding.primaryColor");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"parkeren", "parkeren@genk", "@genk.be", "a@b@genk.be", "park eren@genk.be", "parkeren@genk.b"})
    void anEmailAddressMustLookLikeOne(String email) {
        assertThat(fields(new TenantDetails("71016", GENK, List.of("nl"), null, email, IN_HOUSE)))
                .containsExactly("contactEmail");
    }

    @Test
    void anInHouseModelHasNoOperator() {
        assertThat(fields(withModel(new BusinessModel(
                        Type.IN_HOUSE,
                        new Operator("Parko", "0438.851.259"),
                        MUNICIPALITY,
                        MUNICIPALITY,
                        MUNICIPALITY))))
                .containsExactly("businessModel.operator");
        assertThat(fields(withModel(new BusinessModel(Type.IN_HOUSE, null, MUNICIPALITY, OPERATOR, MUNICIPALITY))))
                .containsExactly("businessModel.type");
    }

    @Test
    void aConcessionNeedsAnOperator() {
        assertThat(errors(withModel(new BusinessModel(Type.CONCESSION, null, MUNICIPALITY, OPERATOR, OPERATOR))))
                .containsExactly(new FieldError("businessModel.operator", "is required"));
    }

    @Test
    void theOperatorsCompanyNumberMustPassTheMod97Check() {
        List<FieldError> errors = errors(withModel(new BusinessModel(
                Type.CONCESSION,
                new Operator("Parko Concessies NV", "0438.851.258"),
                MUNICIPALITY,
                OPERATOR,
                OPERATOR)));
        assertThat(errors).extracting(FieldError::field).containsExactly("businessModel.operator.companyNumber");
        assertThat(errors.get(0).message()).contains("mod-97");
        assertThat(fields(withModel(new BusinessModel(
                        Type.INTERMUNICIPAL, new Operator(null, null), MUNICIPALITY, OPERATOR, OPERATOR))))
                .containsExactly("businessModel.operator.name", "businessModel.operator.companyNumber");
    }

    @Test
    void theBusinessModelAndItsPartiesAreRequired() {
        assertThat(fields(withModel(null))).containsExactly("businessModel");
        assertThat(fields(withModel(new BusinessModel(null, null, null, null, null))))
                .containsExactly(
                        "businessModel.type",
                        "businessModel.retributionIssuer",
                        "businessModel.collector",
                        "businessModel.enforcer");
    }
}
