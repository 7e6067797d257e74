package com.wekruit.valet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts {@link BenchServers} in a child JVM and reads the ports it prints. */
final class ChildServers implements AutoCloseable {
  private final Process process;
  private final Map<String, String> endpoints = new HashMap<>();

  ChildServers() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(List.of(java, "-Xmx256m", "-Dsun.net.httpserver.nodelay=true", "-cp",
        System.getProperty("java.class.path"), BenchServers.class.getName()))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null) throw new IOException("bench servers did not start");
    for (String pair : line.split(" ")) {
      String[] kv = pair.split("=", 2);
      endpoints.put(kv[0], kv[1]);
    }
  }

  int httpPort() {
    return Integer.parseInt(endpoints.get("http"));
  }

  /** The same answer as {@link #httpPort()} from a multi-threaded server, for many concurrent clients. */
  int fleetPort() {
    return Integer.parseInt(endpoints.get("fleet"));
  }

  int silentPort() {
    return Integer.parseInt(endpoints.get("silent"));
  }

  String hetznerUrl() {
    return endpoints.get("hetzner");
  }

  @Override
  public void close() {
    process.destroy();
  }
}
