package cn.gov.amr.credit.registry;

/** A market entity was registered. */
public record EntityRegistered(String code) {
}
