package cn.gov.amr.credit.registry;

/** Registration status: 存续, 吊销, 注销, 迁出. */
public enum EntityStatus {
    ACTIVE, REVOKED, DEREGISTERED, MOVED_OUT
}
