package org.kisti.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the dev stack started (the broker or a service), its output appended to one log file.
 * A pid file beside the log lets the next start kill what a crashed or SIGKILLed dev stack left behind.
 */
final class ChildProcess {
    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    /** Starts {@code java <jvmArgs>} with the JDK running the dev stack, so no other JDK is needed. */
    static ChildProcess startJava(String name, List<String> jvmArgs, Path workDir, Path log, Path runDir)
            throws IOException {
        Path pidFile = runDir.resolve(name + ".pid");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "%n===== %s starting %s at %s =====%n".formatted(name, String.join(" ", command), Instant.now()),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Files.createDirectories(runDir);
        Files.writeString(pidFile, process.pid() + "\n");
        return new ChildProcess(name, process, log, pidFile);
    }

    /** Runs a short-lived java command (e.g. a tool) to completion, output to the log; returns its exit code. */
    static int runJava(String name, List<String> jvmArgs, Path workDir, Path log, Path runDir, Duration timeout)
            throws IOException, InterruptedException {
        ChildProcess tool = startJava(name, jvmArgs, workDir, log, runDir);
        try {
            if (!tool.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(name + " did not finish within " + timeout.toSeconds() + " s");
            }
            return tool.process.exitValue();
        } finally {
            tool.stop(Duration.ofSeconds(5));
        }
    }

    /**
     * Stops what a previous run that could not clean up (SIGKILL, power cut) left running, so ports and data
     * directories are free again. Only processes recorded in a pid file that are still java processes: pids get
     * reused, and we never kill an unrelated program.
     */
    static void stopLeftovers(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (var pidFiles = Files.list(runDir)) {
            for (Path pidFile : pidFiles.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String name = pidFile.getFileName().toString().replace(".pid", "");
                stopLeftover(name, pidFile);
            }
        }
    }

    private static void stopLeftover(String name, Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .ifPresent(p -> {
                        System.out.printf("Stopping %s left over from an earlier run (pid %d)%n", name, pid);
                        stopHandle(p, Duration.ofSeconds(20));
                    });
        } catch (NumberFormatException ignored) {
            // A torn pid file: nothing to kill.
        }
        Files.deleteIfExists(pidFile);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    /** SIGTERM (lets the JVM run its shutdown hooks), then SIGKILL after the grace period. */
    void stop(Duration grace) {
        stopHandle(process.toHandle(), grace);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // Stale pid files are checked before use anyway.
        }
    }

    private static void stopHandle(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception timedOutOrInterrupted) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            handle.onExit().join();
        }
    }

    /** The last lines of the log, to show why something did not come up. */
    String tail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
