package be.ptrpas.spi.register;

import java.util.List;

/** The people living together at one domicile. */
public record Household(Address address, List<HouseholdMember> members) {

    public Household {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
