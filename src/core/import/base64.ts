/**
 * Base64 → bytes by hand: Apps Script's V8 has no atob, and the dialog may send a file's raw
 * bytes this way (UTF-16 reports). The add-on prefers Utilities.base64Decode, which is native.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const index = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) index[B64.charCodeAt(i)] = i;
  index['-'.charCodeAt(0)] = 62; // base64url, in case a browser sends it
  index['_'.charCodeAt(0)] = 63;
  return index;
})();

export function base64ToBytes(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) break; // '=' padding ends the data
    const v = code < 128 ? B64_INDEX[code] : -1;
    if (v < 0) {
      if (code === 10 || code === 13 || code === 32 || code === 9) continue;
      throw new Error(`Not base64: unexpected character at position ${i}.`);
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** Java's signed bytes (-128..127, what Utilities.base64Decode gives) as unsigned bytes. */
export function unsignedBytes(signed: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(signed.length);
  for (let i = 0; i < signed.length; i++) bytes[i] = signed[i] & 0xff;
  return bytes;
}
