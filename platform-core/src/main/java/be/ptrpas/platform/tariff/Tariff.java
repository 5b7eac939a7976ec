package be.ptrpas.platform.tariff;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The price of one product during one period. A product is (kind, product code): a permit type, a retribution, a
 * paid zone's parking time, or a GAS fine category. Periods of a product follow each other without gaps or overlaps
 * ({@link TariffPeriods}), so for every day there is at most one price, and a change of price is a new period.
 */
@Entity
@Table(name = "tariff")
public class Tariff extends TenantOwnedEntity {

    @Schema(name = "TariffKind")
    public enum Kind {
        PERMIT,
        RETRIBUTION,
        PARKING_TIME,
        GAS
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "product_code", nullable = false, updatable = false)
    private String productCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;
    /** JSON of the kind's price structure (see {@link TariffDefinitions}). */
    @Column(name = "definition", nullable = false)
    private String definition;

    protected Tariff() {}

    Tariff(Kind kind, String productCode) {
        this.kind = kind;
        this.productCode = productCode;
    }

    void apply(TariffDetails details) {
        validFrom = details.validFrom();
        validTo = details.validTo();
        definition = Json.write(details.definition());
    }

    public Kind kind() {
        return kind;
    }

    public String productCode() {
        return productCode;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    TariffPeriods.Period period() {
        return new TariffPeriods.Period(validFrom, validTo);
    }

    TariffView view() {
        return new TariffView(
                id(),
                kind,
                productCode,
                validFrom,
                validTo,
                kind == Kind.PERMIT ? Json.read(definition, TariffDefinitions.PermitPricing.class) : null,
                kind == Kind.RETRIBUTION ? Json.read(definition, TariffDefinitions.RetributionTariff.class) : null,
                kind == Kind.PARKING_TIME ? Json.read(definition, TariffDefinitions.ParkingTimeTariff.class) : null,
                kind == Kind.GAS ? Json.read(definition, TariffDefinitions.GasTariff.class) : null,
                version(),
                updatedAt());
    }
}
