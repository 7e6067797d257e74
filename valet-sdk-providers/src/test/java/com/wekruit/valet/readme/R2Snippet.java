package com.wekruit.valet.readme;

import com.wekruit.valet.r2.R2ObjectStore;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.store.UploadOptions;
import com.wekruit.valet.store.UploadResult;
import java.io.InputStream;
import java.util.List;

/** README "R2 object store": a streamed multipart upload that completes only when the check passes, a listing. */
final class R2Snippet {
  record Result(UploadResult upload, List<ObjectInfo> listed) {}

  private R2Snippet() {}

  static Result run(String endpoint, String accessKeyId, String secretAccessKey, InputStream dump) {
    // readme:begin
    // production: R2ObjectStore.fromEnv() reads R2_ACCOUNT_ID, R2_ACCESS_KEY_ID, R2_SECRET_ACCESS_KEY, R2_BUCKET
    try (R2ObjectStore backups = R2ObjectStore.builder().endpoint(endpoint)    // here: s3proxy on loopback
        .credentials(accessKeyId, secretAccessKey).bucket("backups").build()) {
      UploadResult upload = backups.upload("pg/2026-11-26.dump", dump, UploadOptions.builder()
          .partSize(5 << 20).partsInFlight(2).completeIf(s -> s.size() > 1_000_000).build());  // else aborted
      List<ObjectInfo> listed = backups.list("pg/").stream().toList();
      // upload.sha256(): of the stream, computed on the way
      // readme:end
      return new Result(upload, listed);
    }
  }
}
