/** True when the bytes are valid UTF-8 (a sequence cut at the end of the sample is allowed). */
export function isValidUtf8Sample(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
