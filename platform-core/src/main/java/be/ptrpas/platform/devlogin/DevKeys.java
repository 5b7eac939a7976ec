package be.ptrpas.platform.devlogin;

import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.persistence.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The dev-login signing key pair, made once per installation and kept in the data directory. Never committed and
 * never shared between installations, so a token minted on one developer's machine is worthless elsewhere.
 */
public final class DevKeys {

    private static KeyPair keyPair;

    private DevKeys() {}

    public static synchronized KeyPair keyPair() {
        if (keyPair == null) {
            keyPair = loadOrCreate(DatabaseSettings.dataDirectory().resolve("dev-login"));
        }
        return keyPair;
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair().getPublic().getEncoded());
    }

    static KeyPair loadOrCreate(Path directory) {
        Path privateFile = directory.resolve("private-key.pem");
        Path publicFile = directory.resolve("public-key.pem");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                PrivateKey privateKey =
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile))));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile))));
                return new KeyPair(publicKey, privateKey);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair created = generator.generateKeyPair();
            PrivateFiles.write(
                    privateFile, pem("PRIVATE KEY", created.getPrivate().getEncoded()));
            PrivateFiles.write(publicFile, pem("PUBLIC KEY", created.getPublic().getEncoded()));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the dev-login key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the dev-login key", e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
