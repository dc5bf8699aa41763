// The accessibility statement's compliance status, as DIGG's form has it: exactly one of three.
// The Studio's options, the data layer's check and the statement's wording (catalog keys) all
// take them from here.
import type { UiKey } from '../i18n';

export const COMPLIANCE_STATUSES = ['helt', 'delvis', 'inte'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_STATUS_KEYS = {
  helt: 'a11y.status.helt',
  delvis: 'a11y.status.delvis',
  inte: 'a11y.status.inte',
} as const satisfies Record<ComplianceStatus, UiKey>;

export const isComplianceStatus = (value: unknown): value is ComplianceStatus => typeof value === 'string' && (COMPLIANCE_STATUSES as readonly string[]).includes(value);
