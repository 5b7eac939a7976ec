package be.ptrpas.spi.register;

/** A member of a household and their relation to its reference person ("REFERENCE", "PARTNER", "CHILD", ...). */
public record HouseholdMember(String nationalNumber, String givenNames, String familyName, String relation) {}
