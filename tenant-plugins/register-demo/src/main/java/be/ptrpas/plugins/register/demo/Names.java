package be.ptrpas.plugins.register.demo;

import java.util.List;

/** Small lists of common Flemish names, makes and company words that synthetic records are made of. */
final class Names {

    static final List<String> MALE_GIVEN = List.of(
            "Lucas", "Noah", "Wout", "Bram", "Stijn", "Pieter", "Koen", "Dirk", "Bart", "Jef", "Arne", "Mohamed",
            "Thomas", "Kobe", "Jonas", "Luc");
    static final List<String> FEMALE_GIVEN = List.of(
            "Emma", "Marie", "Lisa", "Hanne", "Elke", "Katrien", "Nele", "Ann", "Fien", "Julie", "Sara", "Ines", "Lore",
            "Greet", "Yasmina", "Eva");
    static final List<String> FAMILY = List.of(
            "Peeters",
            "Janssens",
            "Maes",
            "Jacobs",
            "Mertens",
            "Willems",
            "Claes",
            "Goossens",
            "Wouters",
            "De Smet",
            "Dubois",
            "Hermans",
            "Aerts",
            "Van den Broeck",
            "Vermeulen",
            "Michiels",
            "Lambrechts",
            "Dumont",
            "Pauwels",
            "Van Damme");
    /** Make and model pairs. */
    static final List<String[]> CARS = List.of(
            new String[] {"Volkswagen", "Polo"},
            new String[] {"Volkswagen", "Golf"},
            new String[] {"Toyota", "Yaris"},
            new String[] {"Renault", "Clio"},
            new String[] {"Peugeot", "2008"},
            new String[] {"BMW", "Serie 1"},
            new String[] {"Tesla", "Model 3"},
            new String[] {"Skoda", "Octavia"},
            new String[] {"Citroen", "C3"},
            new String[] {"Kia", "Picanto"},
            new String[] {"Audi", "A3"},
            new String[] {"Mercedes-Benz", "A-Klasse"});

    static final List<String> FUELS = List.of("PETROL", "PETROL", "DIESEL", "HYBRID", "ELECTRIC");
    static final List<String> COMPANY_WORDS =
            List.of("Schelde", "Kempen", "Demer", "Dijle", "Zenne", "Nete", "Haspengouw", "Brabant", "Maas", "Rupel");
    static final List<String> COMPANY_TRADES = List.of(
            "Bouw",
            "Logistiek",
            "Advies",
            "Techniek",
            "Bakkerij",
            "Verzekeringen",
            "Architecten",
            "Transport",
            "Zorg",
            "Software");
    static final List<String> LEGAL_FORMS = List.of("BV", "BV", "NV", "VZW", "CV");

    private Names() {}
}
