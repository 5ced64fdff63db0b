/** Saving text the page made (links, reports, backups) as a file on this device: nothing is uploaded. */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers still read the URL after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

export const CSV = "text/csv;charset=utf-8";

/** A one-column CSV file: the header, then one value per line. */
export function columnCsv(header: string, values: readonly string[]): string {
  return `${header}\n${values.join("\n")}\n`;
}
