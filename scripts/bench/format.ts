/** Numbers as the report prints them: grouped thousands, fixed decimals, — when unknown. */
export const num = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '—';
