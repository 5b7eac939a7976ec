package be.ptrpas.platform.plugin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Secret values that have been published (in this repository's demo data, its documentation or its API examples):
 * anyone can read them, so a plug-in that holds one is as good as unprotected. Only SHA-256 fingerprints are kept
 * here, so this class does not publish the values once more. Values that only test code uses on its own throw-away
 * databases are not listed: they never shipped as a default.
 */
public final class PublishedSecrets {

    private static final Set<String> FINGERPRINTS = Set.of(
            // demo-data.json up to December 2026: the sandbox payment provider's signing secret of the six demo towns
            "39542f9e8fdfb86a74d795df797593b9f8b5636e9c74ce60792484cc7bd71c79", // 11002 Antwerpen
            "fe90dcf1a435ee89e6e12a5668a80c5895a4076d276bb4868bdcd1e20a0483c5", // 12025 Mechelen
            "593e691acd267c3d22facdf5d5e41dbdb69b50d9cdaea879e2d242ff811635ab", // 11039 Schilde
            "153f16201b7506de6837ed687908a1be96d7cb8c246a6c396d60179cb2eeca6a", // 23088 Vilvoorde
            "a85aa832515d282a457d1ec3cb83312bfb64597b8dd25803c49f3a7c1167fd90", // 71022 Hasselt
            "bfae56269121e8655642910ed9a6502f20061291992d5b21de80a0d97bc44f76", // 71016 Genk
            // demo-data.json up to December 2026: the scan feed's signing secret of Antwerpen and Genk
            "927bdcf04cb1bf489fdc69146698dbd5947afd2b4d5a758bcba8a24f233260b0", // 11002 Antwerpen
            "4d50529e90b050aa054ba6ca4bb003d4151231f7bcade054d0f93e871c62bef5", // 71016 Genk
            // the API key of the plug-in settings example in the OpenAPI document
            "54269f914933b264bf0c677b7c7e5ebee81cad55327dc16a89fbed6e85512cf1");

    private PublishedSecrets() {}

    public static boolean isPublished(String secret) {
        return secret != null && FINGERPRINTS.contains(fingerprint(secret));
    }

    static String fingerprint(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
