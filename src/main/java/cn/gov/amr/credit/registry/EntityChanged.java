package cn.gov.amr.credit.registry;

/** A market entity's registered data changed; {@code version} is its new version. */
public record EntityChanged(String code, int version) {
}
