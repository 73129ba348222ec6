/** Business dates are ISO `YYYY-MM-DD` strings: the day the activity happened, apart from record times. */
export type BusinessDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isBusinessDate = (value: unknown): value is BusinessDate => {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

/** Quarter 1–4 of a business date. */
export const quarterOf = (date: BusinessDate): 1 | 2 | 3 | 4 => (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
