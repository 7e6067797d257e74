package com.wekruit.valet.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/** An in-memory multipart target that records what the uploader did and can fail chosen parts. */
final class MemoryTarget implements MultipartTarget {
  final Map<Integer, byte[]> parts = Collections.synchronizedMap(new TreeMap<>());
  final Set<byte[]> buffers = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  volatile byte[] object;
  private final IntPredicate failPart;

  MemoryTarget(IntPredicate failPart) {
    this.failPart = failPart;
  }

  @Override
  public String putSingle(byte[] bytes, int length) {
    calls.add("put");
    object = java.util.Arrays.copyOf(bytes, length);
    return "single";
  }

  @Override
  public String create() {
    calls.add("create");
    return "upload-1";
  }

  @Override
  public String uploadPart(String uploadId, int number, byte[] bytes, int length) {
    buffers.add(bytes);
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      if (failPart.test(number)) {
        throw new com.wekruit.valet.error.ValetClientException(com.wekruit.valet.error.ValetClientException.Kind.IO,
            "part " + number + " failed", null, 1, true);
      }
      parts.put(number, java.util.Arrays.copyOf(bytes, length));
      return "etag-" + number;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public String complete(String uploadId, List<Part> done) {
    calls.add("complete " + done.size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : done) out.writeBytes(parts.get(p.number()));
    object = out.toByteArray();
    return "multi-" + done.size();
  }

  @Override
  public void abort(String uploadId) {
    calls.add("abort");
  }
}
