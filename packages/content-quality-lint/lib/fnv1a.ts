const encoder = new TextEncoder()

/** The FNV-1a 32-bit hash of the UTF-8 bytes of `value`, as an unsigned integer. */
export function fnv1a(value: string): number {
  let hash = 0x811c9dc5
  for (const byte of encoder.encode(value)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
