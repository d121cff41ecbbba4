/**
 * The words of a cluster's status (src/rules/cluster-status.ts), as badges,
 * the directory's filters, the registry and the open data show them.
 */
import type { ClusterCode } from '../rules/cluster-status.ts';

export const clusterStatusText = {
  label: {
    valid: '有效',
    'review-due': '有效（本年度须复核）',
    'review-pending': '期满待复核结果',
    expired: '已取消（期满未复核）',
    'review-failed': '已取消（复核未通过）',
    revoked: '已撤销',
    cancelled: '已取消',
    'not-recognized': '尚未认定',
  } satisfies Record<ClusterCode, string>,
} as const;
