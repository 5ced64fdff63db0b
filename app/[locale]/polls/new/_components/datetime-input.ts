/** A datetime-local field's value (the reader's time zone) to and from Unix seconds. */

export function toLocalInput(seconds: number): string {
  const date = new Date(seconds * 1000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** NaN for an empty or unreadable field. */
export const fromLocalInput = (value: string): number =>
  value === "" ? Number.NaN : Math.floor(new Date(value).getTime() / 1000);
