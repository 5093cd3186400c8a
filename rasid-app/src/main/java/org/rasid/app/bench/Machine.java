package org.rasid.app.bench;

import java.lang.management.ManagementFactory;

/**
 * One line describing where a benchmark ran: processors, JDK, heap, OS, and the system load average
 * (a load above the core count means other processes competed for the CPU and wall times are noisy).
 */
public final class Machine {

  private Machine() {}

  public static String describe() {
    Runtime rt = Runtime.getRuntime();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format("%d cores (availableProcessors), JDK %s (%s), max heap %d MB, %s %s, load average %.1f at start",
        rt.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
        rt.maxMemory() / (1024 * 1024), System.getProperty("os.name"), System.getProperty("os.arch"), load);
  }
}
