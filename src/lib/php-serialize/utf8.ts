/**
 * Number of bytes `text` takes in UTF-8, without encoding it: PHP's `s:N:` counts bytes, and a JS
 * string counts UTF-16 code units. A surrogate pair is one 4-byte character; a lone
 * surrogate counts 3 bytes, as `TextEncoder` writes it (U+FFFD).
 */
export function utf8ByteLength(text: string): number {
  const length = text.length
  let bytes = length
  for (let index = 0; index < length; index++) {
    const unit = text.charCodeAt(index)
    if (unit >= 0x80) {
      bytes += unit < 0x800 ? 1 : 2
      // The low half of a pair is already counted once: 1 + 1 + 2 = 4 bytes.
      if ((unit & 0xFC00) === 0xD800 && (text.charCodeAt(index + 1) & 0xFC00) === 0xDC00)
        index++
    }
  }
  return bytes
}
