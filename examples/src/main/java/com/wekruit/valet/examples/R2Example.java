package com.wekruit.valet.examples;

import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.store.UploadOptions;
import com.wekruit.valet.store.UploadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * R2 as the backup target, against s3proxy on loopback: a streamed upload (completed only if the stream is big
 * enough), a listing, a read back, and a delete. With {@code R2_*} variables, {@code R2ObjectStore.fromEnv()} is the
 * real bucket.
 */
public final class R2Example {
  private R2Example() {}

  public static void main(String[] args) throws Exception {
    try (LocalR2 r2 = new LocalR2()) {
      byte[] dump = "-- a pg_dump stands here --\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
      UploadResult up = r2.store().upload("pg/example.dump", new ByteArrayInputStream(dump),
          UploadOptions.builder().partSize(5 << 20).completeIf(s -> s.size() > 1_000).build());
      System.out.println("uploaded " + up);
      for (ObjectInfo o : r2.store().list("pg/")) System.out.println("listed " + o.key() + " " + o.size() + " B");
      try (ObjectContent back = r2.store().get("pg/example.dump")) {
        System.out.println("read back " + back.readAllBytes().length + " B");
      }
      r2.store().delete("pg/example.dump");
      System.out.println("deleted; left under pg/: " + r2.store().list("pg/").stream().count());
    }
  }
}
