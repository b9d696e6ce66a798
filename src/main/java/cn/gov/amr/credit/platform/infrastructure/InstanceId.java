package cn.gov.amr.credit.platform.infrastructure;

/** Identifies one running platform process among several sharing a database (host name and pid). */
public record InstanceId(String value) {
}
