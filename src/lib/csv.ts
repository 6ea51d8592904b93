/** CSV (RFC 4180) from rows: quotes fields holding commas, quotes or line breaks; null becomes an empty field. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const field = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
