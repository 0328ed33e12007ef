/** 32-bit values as the base64 of their little-endian bytes, as index and cache files hold them. */
export function encodeValues(values: Uint32Array): string {
  const bytes = Buffer.alloc(values.length * 4)
  values.forEach((value, index) => bytes.writeUInt32LE(value, index * 4))
  return bytes.toString('base64')
}

/** The 32-bit values `encodeValues` wrote, or `undefined` when `value` is not such a string. */
export function decodeValues(value: unknown): Uint32Array | undefined {
  if (typeof value !== 'string') return undefined
  const bytes = Buffer.from(value, 'base64')
  if (bytes.length % 4 !== 0) return undefined
  const values = new Uint32Array(bytes.length / 4)
  for (let index = 0; index < values.length; index++) values[index] = bytes.readUInt32LE(index * 4)
  return values
}
