package cn.gov.amr.credit.platform;

/** Identifies one running platform process among several sharing a database (host name and pid). */
public record InstanceId(String value) {
}
