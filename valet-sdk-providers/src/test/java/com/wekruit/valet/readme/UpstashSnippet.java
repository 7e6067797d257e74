package com.wekruit.valet.readme;

import com.wekruit.valet.upstash.CreateDatabaseRequest;
import com.wekruit.valet.upstash.RedisDatabase;
import com.wekruit.valet.upstash.UpstashClient;
import com.wekruit.valet.upstash.UpstashRedis;
import com.wekruit.valet.upstash.testing.FakeUpstash;

/** README "Upstash": create a database, then Redis commands over REST. */
final class UpstashSnippet {
  private UpstashSnippet() {}

  static long run(FakeUpstash fake) {
    // readme:begin
    UpstashClient upstash = fake.client();   // production: UpstashClient.fromEnv() (UPSTASH_EMAIL, UPSTASH_API_KEY)
    RedisDatabase db = upstash.databases().create(CreateDatabaseRequest.builder("cache", "eu-central-1").build());
    UpstashRedis redis = fake.redis(db.databaseId());   // production: UpstashRedis.fromEnv() (UPSTASH_REDIS_REST_*)
    redis.execute("SET", "session:1", "ada", "EX", 3600);
    long visits = redis.execute("INCR", "visits").asLong();
    // readme:end
    return visits;
  }
}
