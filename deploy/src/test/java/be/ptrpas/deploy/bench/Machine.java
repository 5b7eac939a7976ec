package be.ptrpas.deploy.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the CPU went during a run: the load generator's own JVM, the platform's JVM and the whole machine (from
 * /proc/stat), so a reader can tell whether the generator or the machine, rather than the server, was the limit.
 */
final class Machine {

    /** CPU use over one interval, in cores (1.0 = one core busy the whole time). */
    record Cpu(double client, double server, double machine, int cores) {
        @Override
        public String toString() {
            return String.format(
                    "cpu cores used: generator %.2f, platform %.2f, machine %.2f of %d",
                    client, server, machine, cores);
        }
    }

    /** A point in time to measure an interval from. */
    static final class Mark {
        private final long wall = System.nanoTime();
        private final long client = clientCpuNanos();
        private final long server;
        private final long[] stat = procStat();
        private final ProcessHandle platform;

        Mark(ProcessHandle platform) {
            this.platform = platform;
            this.server = serverCpuNanos(platform);
        }

        Cpu since() {
            double seconds = (System.nanoTime() - wall) / 1e9;
            long[] now = procStat();
            double machineBusy = 0;
            if (stat != null && now != null) {
                long busy = (now[0] - now[1]) - (stat[0] - stat[1]);
                long total = now[0] - stat[0];
                machineBusy = total == 0 ? 0 : (double) busy / total * cores();
            }
            return new Cpu(
                    (clientCpuNanos() - client) / 1e9 / seconds,
                    (serverCpuNanos(platform) - server) / 1e9 / seconds,
                    machineBusy,
                    cores());
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return String.format(
                    "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long clientCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long serverCpuNanos(ProcessHandle platform) {
        return platform == null
                ? 0
                : platform.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Total and idle(+iowait) jiffies of all CPUs, or null where /proc/stat is not there. */
    private static long[] procStat() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total, idle};
        } catch (Exception e) {
            return null;
        }
    }

    private Machine() {}
}
