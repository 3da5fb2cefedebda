import { badge } from '../ui.js';

// A requisition's status in words, with the badge kind it is shown in.
export const STATUSES = {
  DRAFT: ['draft', 'draft'], PENDING_APPROVAL: ['pending approval', 'warn'], OPEN: ['open', 'ok'],
  ON_HOLD: ['on hold', 'warn'], FILLED: ['filled', 'info'], CANCELLED: ['cancelled', 'bad'],
};

export function statusBadge(status, attrs = {}) {
  const [label, kind] = STATUSES[status] || [String(status).toLowerCase(), ''];
  const el = badge(label, kind);
  el.dataset.status = status;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}
