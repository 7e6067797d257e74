package com.wekruit.valet.health.checks;

import java.io.IOException;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sockets of one check, so that a deadline cut-off or {@link #closeAll()} can release them from another
 * thread. Once closed, sockets created later are closed at once: nothing is kept after the check is closed.
 * Thread-safe.
 */
final class TrackedSockets {
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** A new unconnected socket that removes itself from this set when closed. */
  Socket newSocket() throws IOException {
    Socket s = new Socket() {
      @Override
      public synchronized void close() throws IOException {
        open.remove(this);
        super.close();
      }
    };
    open.add(s);
    if (closed) s.close();
    return s;
  }

  /** Closes every socket open now; the check stays usable (the next run opens new ones). */
  void closeAll() {
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  /** Closes every socket and those created from now on. */
  void close() {
    closed = true;
    closeAll();
  }

  int openCount() {
    return open.size();
  }
}
