/**
 * A small ZIP writer (PKWARE APPNOTE 6.3.10, the subset every unzipper reads): deflate or store per
 * file, UTF-8 names, no ZIP64, no encryption. Node's own `zlib` does the work: `deflateRawSync`
 * for the data and `crc32` (Node ≥ 20.15) for the checksums. Output is byte-for-byte reproducible:
 * entries keep the given order and carry one fixed timestamp.
 */
import { Buffer } from 'node:buffer'
import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipInput {
  /** Path inside the archive, `/`-separated, no leading slash. */
  name: string
  data: Uint8Array
}

export interface ZipOptions {
  /** `deflate` (default) stores a file uncompressed anyway when deflating would not shrink it. */
  method?: 'deflate' | 'store'
  /** Modification time written for every entry (local time, 2-second steps, from 1980). */
  modified?: Date
}

const METHOD = { store: 0, deflate: 8 } as const
/** Version 2.0: deflate and folders. */
const VERSION_NEEDED = 20
/** Made by Unix (3), spec 2.0: lets external attributes carry the file mode. */
const VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED
/** General-purpose bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800
/** Regular file, rw-r--r--, in the high 16 bits as Unix zips do. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0
const MAX_UINT32 = 0xFFFFFFFF
const MAX_ENTRIES = 0xFFFF

/** Thrown for input this writer cannot represent (bad names, ZIP64-sized data). */
export class ZipError extends Error {
  override name = 'ZipError'
}

/**
 * MS-DOS date and time fields of a Date, as ZIP headers store them.
 * @example
 * dosDateTime(new Date(1980, 0, 1)) // { date: 33, time: 0 }
 */
export function dosDateTime(at: Date): { date: number, time: number } {
  const year = Math.min(Math.max(at.getFullYear(), 1980), 2107)
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
  }
}

function checkName(name: string): void {
  if (name === '' || name.startsWith('/') || name.includes('\\') || name.split('/').some(part => part === '' || part === '.' || part === '..'))
    throw new ZipError(`not a safe archive path: ${JSON.stringify(name)}`)
}

/**
 * Builds a ZIP archive in memory.
 * @param files the entries, in archive order
 * @param options compression method and the timestamp for every entry
 * @returns the archive bytes
 * @throws ZipError for an unsafe or repeated name, more than 65,535 entries or data over 4 GiB
 * @example
 * createZip([{ name: 'index.html', data: Buffer.from('<!doctype html>') }])
 */
export function createZip(files: readonly ZipInput[], options: ZipOptions = {}): Buffer {
  if (files.length > MAX_ENTRIES)
    throw new ZipError(`too many entries for a ZIP without ZIP64: ${files.length}`)
  const { date, time } = dosDateTime(options.modified ?? new Date(1980, 0, 1))
  const seen = new Set<string>()
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0

  for (const file of files) {
    checkName(file.name)
    if (seen.has(file.name))
      throw new ZipError(`duplicate archive path: ${file.name}`)
    seen.add(file.name)
    if (file.data.length > MAX_UINT32)
      throw new ZipError(`file too large for a ZIP without ZIP64: ${file.name}`)

    const name = Buffer.from(file.name, 'utf8')
    const checksum = crc32(file.data) >>> 0
    const deflated = options.method === 'store' ? null : deflateRawSync(file.data, { level: 9 })
    const method = deflated && deflated.length < file.data.length ? METHOD.deflate : METHOD.store
    const body = method === METHOD.deflate ? deflated! : Buffer.from(file.data.buffer, file.data.byteOffset, file.data.length)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034B50, 0)
    local.writeUInt16LE(VERSION_NEEDED, 4)
    local.writeUInt16LE(FLAG_UTF8, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(checksum, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(file.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014B50, 0)
    central.writeUInt16LE(VERSION_MADE_BY, 4)
    central.writeUInt16LE(VERSION_NEEDED, 6)
    central.writeUInt16LE(FLAG_UTF8, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(date, 14)
    central.writeUInt32LE(checksum, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(file.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    // extra length, comment length, disk number start, internal attributes: all 0
    central.writeUInt32LE(FILE_ATTRIBUTES, 38)
    central.writeUInt32LE(offset, 42)

    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
    if (offset > MAX_UINT32)
      throw new ZipError('archive too large for a ZIP without ZIP64')
  }

  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054B50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
