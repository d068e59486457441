/**
 * Hands a file to the browser as a download (`Blob` + `a[download]`). The object URL is revoked
 * on the next tick, once the click has started the download, so it does not leak.
 */
export function saveFile(fileName: string, mimeType: string, content: string | Uint8Array): void {
  const part: BlobPart = typeof content === "string" ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
