/**
 * The ZIP writer and `npm run package`: an archive read back by an independent parser of the central
 * directory (and by `unzip -t` where installed) has every name, CRC and byte of the input; a build
 * without install.html, or loading assets from the server root, is refused with a clear message.
 */
import { Buffer } from 'node:buffer'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { crc32, inflateRawSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listFiles, packageApp, PackageError } from '../../scripts/package'
import { createZip, dosDateTime, ZipError } from '../../scripts/zip'

interface ReadEntry {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  data: Buffer
}

/** Reads an archive the way unzippers do: end record → central directory → each local header. */
function readZip(zip: Buffer): ReadEntry[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]))
  if (endAt < 0)
    throw new Error('no end of central directory record')
  const count = zip.readUInt16LE(endAt + 10)
  let at = zip.readUInt32LE(endAt + 16)
  expect(at + zip.readUInt32LE(endAt + 12)).toBe(endAt)
  const entries: ReadEntry[] = []
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014B50)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localAt = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    at += 46 + nameLength + extraLength + commentLength

    expect(zip.readUInt32LE(localAt)).toBe(0x04034B50)
    expect(zip.readUInt32LE(localAt + 14)).toBe(crc)
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28)
    const raw = zip.subarray(dataAt, dataAt + compressedSize)
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw)
    entries.push({ name, method, crc, compressedSize, size, data })
  }
  return entries
}

const hasUnzip = spawnSync('unzip', ['-v']).status === 0

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'task-lens-zip-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true })
    await writeFile(join(root, name), content)
  }
}

const SAMPLE: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><script type="module" src="./assets/index-abc.js"></script>',
  'install.html': '<!doctype html><script type="module" src="./assets/install-def.js"></script>',
  'assets/index-abc.js': `export const lens = ${JSON.stringify('время '.repeat(500))}\n`,
  'assets/install-def.js': 'export {}\n',
  'assets/empty.txt': '',
  // Hash-scrambled bytes do not deflate: stored as they are.
  'assets/noise.bin': Buffer.from(Array.from({ length: 4096 }, (_, i) => {
    let x = Math.imul(i + 1, 0x9E3779B1) >>> 0
    x = Math.imul(x ^ (x >>> 13), 0x5BD1E995) >>> 0
    return (x ^ (x >>> 15)) & 0xFF
  })),
  'Задачи/файл.txt': 'UTF-8 names',
}

describe('createZip', () => {
  it('round-trips names, CRCs and bytes through the central directory', async () => {
    const inputs = Object.entries(SAMPLE).map(([name, content]) => ({ name, data: Buffer.from(content) }))
    const entries = readZip(createZip(inputs))
    expect(entries.map(entry => entry.name)).toEqual(Object.keys(SAMPLE))
    for (const [index, entry] of entries.entries()) {
      const data = inputs[index]!.data
      expect(entry.data.equals(data)).toBe(true)
      expect(entry.size).toBe(data.length)
      expect(entry.crc).toBe(crc32(data) >>> 0)
      expect(crc32(entry.data) >>> 0).toBe(entry.crc)
    }
    const js = entries.find(entry => entry.name === 'assets/index-abc.js')!
    expect(js.method).toBe(8)
    expect(js.compressedSize).toBeLessThan(js.size / 4)
    expect(entries.find(entry => entry.name === 'assets/empty.txt')!.method).toBe(0)
    expect(entries.find(entry => entry.name === 'assets/noise.bin')).toMatchObject({ method: 0, compressedSize: 4096 })
  })

  it('stores everything with method "store"', () => {
    const entries = readZip(createZip([{ name: 'a.txt', data: Buffer.from('aaaaaaaaaaaaaaaa') }], { method: 'store' }))
    expect(entries[0]).toMatchObject({ method: 0, size: 16, compressedSize: 16 })
  })

  it('is reproducible', () => {
    const inputs = [{ name: 'a.txt', data: Buffer.from('same') }]
    expect(createZip(inputs).equals(createZip(inputs))).toBe(true)
  })

  it.each([
    { name: '/etc/passwd' },
    { name: '../outside.txt' },
    { name: 'assets//double.js' },
    { name: 'windows\\path.js' },
    { name: '' },
  ])('refuses the unsafe path $name', ({ name }) => {
    expect(() => createZip([{ name, data: Buffer.from('x') }])).toThrow(ZipError)
  })

  it('refuses a repeated path', () => {
    expect(() => createZip([{ name: 'a', data: Buffer.alloc(1) }, { name: 'a', data: Buffer.alloc(1) }])).toThrow(/duplicate/)
  })

  it.each([
    { at: new Date(1980, 0, 1, 0, 0, 0), date: 33, time: 0 },
    { at: new Date(2026, 2, 17, 11, 0, 58), date: ((2026 - 1980) << 9) | (3 << 5) | 17, time: (11 << 11) | 29 },
  ])('writes DOS date and time for $at', ({ at, date, time }) => {
    expect(dosDateTime(at)).toEqual({ date, time })
  })

  it.runIf(hasUnzip)('passes `unzip -t` and lists the same names', async () => {
    const file = join(dir, 'sample.zip')
    await writeFile(file, createZip(Object.entries(SAMPLE).map(([name, content]) => ({ name, data: Buffer.from(content) }))))
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected')
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n')
    expect(listing).toEqual(Object.keys(SAMPLE))
  })
})

describe('packageApp', () => {
  it('zips a build with both pages and the assets at the archive root', async () => {
    const dist = join(dir, 'dist')
    await writeTree(dist, SAMPLE)
    const out = join(dir, 'out', 'task-lens.zip')
    const result = await packageApp({ dist, out, build: false })
    const entries = readZip(await readFile(out))
    expect(entries.map(entry => entry.name)).toEqual(await listFiles(dist))
    expect(entries.map(entry => entry.name)).toEqual(expect.arrayContaining(['index.html', 'install.html', 'assets/index-abc.js']))
    expect(entries.find(entry => entry.name === 'index.html')!.data.toString()).toBe(SAMPLE['index.html'])
    expect(result.zipBytes).toBe((await readFile(out)).length)
  })

  it('fails clearly when install.html is missing', async () => {
    const dist = join(dir, 'dist')
    await writeTree(dist, { 'index.html': '<!doctype html>', 'assets/a.js': '' })
    const failure = packageApp({ dist, out: join(dir, 'x.zip'), build: false })
    await expect(failure).rejects.toThrow(PackageError)
    await expect(failure).rejects.toThrow(/install\.html missing: Bitrix24 opens index\.html/)
  })

  it('fails clearly when a page loads assets from the server root', async () => {
    const dist = join(dir, 'dist')
    await writeTree(dist, { 'index.html': '<script src="/assets/a.js"></script>', 'install.html': '', 'assets/a.js': '' })
    await expect(packageApp({ dist, out: join(dir, 'x.zip'), build: false })).rejects.toThrow(/loads "\/assets\/a\.js" from the server root/)
  })

  it('fails clearly when there is no build', async () => {
    await expect(packageApp({ dist: join(dir, 'nowhere'), out: join(dir, 'x.zip'), build: false })).rejects.toThrow(/does not exist: run `npm run build`/)
  })
})
