package be.ptrpas.platform.tenant;

import be.ptrpas.platform.common.text.LocalizedColumns;
import be.ptrpas.platform.persistence.VersionedEntity;
import be.ptrpas.spi.belgian.CompanyNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality on the platform, identified by its NIS code. Platform-wide reference data, not tenant-owned: the
 * operator onboards it, and its public face (names, branding) is shown to everyone.
 */
@Entity
@Table(name = "tenant")
public class Tenant extends VersionedEntity {

    @Schema(name = "TenantStatus")
    public enum Status {
        ACTIVE,
        SUSPENDED
    }

    @Id
    @Column(name = "nis_code", length = 5)
    private String nisCode;

    @Embedded
    private LocalizedColumns names;

    @Column(name = "languages", nullable = false)
    private String languages;

    @Column(name = "primary_color")
    private String primaryColor;

    @Column(name = "logo_url")
    private String logoUrl;

    @Column(name = "website_url")
    private String websiteUrl;

    @Column(name = "contact_email")
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_model", nullable = false)
    private BusinessModel.Type businessModel;

    @Column(name = "operator_name")
    private String operatorName;

    @Column(name = "operator_company_number")
    private String operatorCompanyNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "retribution_issuer", nullable = false)
    private BusinessModel.Party retributionIssuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "collector", nullable = false)
    private BusinessModel.Party collector;

    @Enumerated(EnumType.STRING)
    @Column(name = "enforcer", nullable = false)
    private BusinessModel.Party enforcer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.ACTIVE;

    protected Tenant() {}

    Tenant(String nisCode) {
        this.nisCode = nisCode;
    }

    void apply(TenantDetails details) {
        names = LocalizedColumns.update(names, details.names());
        languages = String.join(",", details.languages());
        TenantDetails.Branding branding = details.branding();
        primaryColor = branding == null ? null : branding.primaryColor();
        logoUrl = branding == null ? null : branding.logoUrl();
        websiteUrl = branding == null ? null : branding.websiteUrl();
        contactEmail = details.contactEmail();
        BusinessModel model = details.businessModel();
        businessModel = model.type();
        operatorName = model.operator() == null ? null : model.operator().name();
        operatorCompanyNumber = model.operator() == null
                ? null
                : CompanyNumber.parse(model.operator().companyNumber())
                        .map(CompanyNumber::value)
                        .orElse(null);
        retributionIssuer = model.retributionIssuer();
        collector = model.collector();
        enforcer = model.enforcer();
    }

    TenantDetails details() {
        return new TenantDetails(
                nisCode,
                LocalizedColumns.text(names),
                Arrays.asList(languages.split(",")),
                primaryColor == null && logoUrl == null && websiteUrl == null
                        ? null
                        : new TenantDetails.Branding(primaryColor, logoUrl, websiteUrl),
                contactEmail,
                new BusinessModel(
                        businessModel,
                        operatorName == null
                                ? null
                                : new BusinessModel.Operator(
                                        operatorName,
                                        operatorCompanyNumber == null
                                                ? null
                                                : new CompanyNumber(operatorCompanyNumber).formatted()),
                        retributionIssuer,
                        collector,
                        enforcer));
    }

    public String nisCode() {
        return nisCode;
    }

    public Status status() {
        return status;
    }

    public List<String> languages() {
        return Arrays.asList(languages.split(","));
    }
}
