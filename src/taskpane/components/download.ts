/**
 * Save a text file on the user's computer: a Blob behind an object URL and a temporary link. Nothing
 * leaves the machine: the browser (or Excel's web view) writes the file locally.
 */

/**
 * @example downloadText("regional-2025.csv", csv, "text/csv;charset=utf-8")
 */
export function downloadText(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  const blob = new Blob([text], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Give the browser a moment to start the download before the URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
