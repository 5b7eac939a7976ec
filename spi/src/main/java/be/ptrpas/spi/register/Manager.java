package be.ptrpas.spi.register;

/** Someone who may act for a company. */
public record Manager(String nationalNumber, String givenNames, String familyName, String role) {}
