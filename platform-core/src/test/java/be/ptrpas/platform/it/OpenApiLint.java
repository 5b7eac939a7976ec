package be.ptrpas.platform.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI, installed reproducibly from the committed {@code src/test/openapi-lint} (package.json and its lock
 * file, {@code npm ci}) into {@code target/openapi-lint}, linting a document with the committed redocly.yaml.
 */
final class OpenApiLint {

    private static final Path SOURCE = Path.of("src", "test", "openapi-lint");
    private static final Path WORK = Path.of("target", "openapi-lint");

    record Result(int exitCode, String output) {}

    private OpenApiLint() {}

    static Result run(Path document) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        boolean lockChanged = !Files.exists(WORK.resolve("package-lock.json"))
                || Files.mismatch(SOURCE.resolve("package-lock.json"), WORK.resolve("package-lock.json")) >= 0;
        for (String file : List.of("package.json", "package-lock.json", "redocly.yaml")) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (lockChanged || !Files.isDirectory(WORK.resolve("node_modules"))) {
            Result install = exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm ci failed in " + WORK + ":\n" + install.output());
            }
        }
        Result lint = exec(
                List.of(
                        WORK.resolve("node_modules/.bin/redocly")
                                .toAbsolutePath()
                                .toString(),
                        "lint",
                        "--config",
                        WORK.resolve("redocly.yaml").toAbsolutePath().toString(),
                        "--format",
                        "stylish",
                        document.toAbsolutePath().toString()),
                300);
        Files.writeString(document.resolveSibling("lint.txt"), lint.output(), StandardCharsets.UTF_8);
        return lint;
    }

    private static Result exec(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(WORK.toAbsolutePath(), "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // No telemetry and no prompts, on a developer's machine as in CI.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("CI", "true");
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }
}
