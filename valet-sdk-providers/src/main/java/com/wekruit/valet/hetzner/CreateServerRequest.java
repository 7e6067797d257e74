package com.wekruit.valet.hetzner;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to create with {@code POST /servers}. {@code serverType}, {@code image} and SSH keys are ids or names. Build
 * with {@link #builder(String, String, String)}; unset optional fields are not sent. Immutable and thread-safe.
 */
public final class CreateServerRequest {
  private final String name;
  private final String location;
  private final String serverType;
  private final String image;
  private final Boolean startAfterCreate;
  private final List<String> sshKeys;
  private final List<Long> volumes;
  private final List<Long> networks;
  private final Long placementGroup;
  private final String userData;
  private final Map<String, String> labels;
  private final Boolean automount;
  private final PublicNet publicNet;

  private CreateServerRequest(Builder b) {
    this.name = b.name;
    this.location = b.location;
    this.serverType = b.serverType;
    this.image = b.image;
    this.startAfterCreate = b.startAfterCreate;
    this.sshKeys = b.sshKeys;
    this.volumes = b.volumes;
    this.networks = b.networks;
    this.placementGroup = b.placementGroup;
    this.userData = b.userData;
    this.labels = b.labels;
    this.automount = b.automount;
    this.publicNet = b.publicNet;
    requireText("name", name);
    requireText("serverType", serverType);
    requireText("image", image);
    if (userData != null && userData.length() > 32 * 1024) {
      throw new IllegalArgumentException("userData exceeds 32 KiB");
    }
  }

  public String name() {
    return name;
  }

  public String location() {
    return location;
  }

  public String serverType() {
    return serverType;
  }

  public String image() {
    return image;
  }

  public Boolean startAfterCreate() {
    return startAfterCreate;
  }

  public List<String> sshKeys() {
    return sshKeys;
  }

  public List<Long> volumes() {
    return volumes;
  }

  public List<Long> networks() {
    return networks;
  }

  public Long placementGroup() {
    return placementGroup;
  }

  public String userData() {
    return userData;
  }

  public Map<String, String> labels() {
    return labels;
  }

  public Boolean automount() {
    return automount;
  }

  public PublicNet publicNet() {
    return publicNet;
  }

  /** The JSON body as the API documents it. */
  Body body() {
    return new Body(name, location, serverType, image, startAfterCreate, sshKeys, volumes, networks, placementGroup, userData, labels, automount, publicNet);
  }

  record Body(String name, String location, String serverType, String image, Boolean startAfterCreate, List<String> sshKeys, List<Long> volumes, List<Long> networks, Long placementGroup, String userData, Map<String, String> labels, Boolean automount, PublicNet publicNet) {}

  @Override
  public String toString() {
    return "CreateServerRequest[" + name + " " + serverType + " " + image + (location == null ? "" : " in " + location)
        + (userData == null ? "" : ", userData " + userData.length() + " chars") + "]";
  }

  /** Public network options. */
  public record PublicNet(boolean enableIpv4, boolean enableIpv6) {}

  public static Builder builder(String name, String serverType, String image) {
    return new Builder(name, serverType, image);
  }

  private static void requireText(String field, String value) {
    if (Objects.requireNonNull(value, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
  }

  /** Optional fields; unset ones are not sent. */
  public static final class Builder {
    private final String name;
    private final String serverType;
    private final String image;
    private String location;
    private Boolean startAfterCreate;
    private List<String> sshKeys;
    private List<Long> volumes;
    private List<Long> networks;
    private Long placementGroup;
    private String userData;
    private Map<String, String> labels;
    private Boolean automount;
    private PublicNet publicNet;

    private Builder(String name, String serverType, String image) {
      this.name = name;
      this.serverType = serverType;
      this.image = image;
    }

    public Builder location(String location) {
      this.location = location;
      return this;
    }

    public Builder startAfterCreate(boolean start) {
      this.startAfterCreate = start;
      return this;
    }

    /** With SSH keys, no root password is returned. */
    public Builder sshKeys(List<String> sshKeys) {
      this.sshKeys = List.copyOf(sshKeys);
      return this;
    }

    public Builder volumes(List<Long> volumes) {
      this.volumes = List.copyOf(volumes);
      return this;
    }

    public Builder networks(List<Long> networks) {
      this.networks = List.copyOf(networks);
      return this;
    }

    public Builder placementGroup(long id) {
      this.placementGroup = id;
      return this;
    }

    /** cloud-init data, at most 32 KiB. */
    public Builder userData(String userData) {
      this.userData = userData;
      return this;
    }

    public Builder labels(Map<String, String> labels) {
      this.labels = Map.copyOf(labels);
      return this;
    }

    public Builder automount(boolean automount) {
      this.automount = automount;
      return this;
    }

    public Builder publicNet(boolean ipv4, boolean ipv6) {
      this.publicNet = new PublicNet(ipv4, ipv6);
      return this;
    }

    public CreateServerRequest build() {
      return new CreateServerRequest(this);
    }
  }
}
