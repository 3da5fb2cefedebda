// US states (and DC) by postal code, shared by the careers pages and the requisition screens.
export const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii',
  ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

export const STATE_CODES = Object.keys(US_STATES).sort();

// A calendar date (YYYY-MM-DD) as words, without shifting it through a time zone.
export function formatDate(value, style = 'medium') {
  if (!value) return '—';
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

// "$19.50–$23.00 an hour"; one end alone reads "from"/"up to".
export function formatPay(min, max, currency, basis) {
  if (min == null && max == null) return null;
  let money;
  try {
    money = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency || 'USD' });
  } catch (e) {
    money = { format: v => `${v} ${currency}` };
  }
  const per = basis === 'ANNUAL' ? ' a year' : basis === 'HOURLY' ? ' an hour' : '';
  if (min != null && max != null) return `${money.format(min)}–${money.format(max)}${per}`;
  return min != null ? `From ${money.format(min)}${per}` : `Up to ${money.format(max)}${per}`;
}

export const EMPLOYMENT_TYPES = { FULL_TIME: 'Full-time', PART_TIME: 'Part-time', SEASONAL: 'Seasonal', TEMPORARY: 'Temporary' };
export const WORK_MODES = { ON_SITE: 'On site', REMOTE: 'Remote', HYBRID: 'Hybrid' };
