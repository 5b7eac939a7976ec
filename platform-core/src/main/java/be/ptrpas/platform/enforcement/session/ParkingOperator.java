package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A parking operator (app or SMS parking) that this municipality admits: one row per municipality and operator. */
@Entity
@Table(name = "parking_operator")
public class ParkingOperator extends TenantOwnedEntity {

    /** The operator's id as its tokens carry it (claim {@code operator_id} by default). */
    @Column(name = "operator_id", nullable = false, updatable = false)
    private String operatorId;

    @Column(name = "name", nullable = false)
    private String name;

    protected ParkingOperator() {}

    ParkingOperator(String operatorId, String name) {
        this.operatorId = operatorId;
        this.name = name;
    }

    void rename(String name) {
        this.name = name;
    }

    public String operatorId() {
        return operatorId;
    }

    public String name() {
        return name;
    }

    ParkingOperatorView view() {
        return new ParkingOperatorView(operatorId, name, version(), createdAt(), updatedAt());
    }
}
