/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they need it. */
export function toCsv(header: string[], rows: string[][]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
