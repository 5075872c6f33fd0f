/**
 * The emulator's template rows are PHP's own output (scripts/php-fixtures/templates.php), not the
 * app's serializer: the data module imports nothing from src/, and the committed JSON is what the
 * generator writes today (checked when `php` is on the machine; CI without PHP reads the file only).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TEMPLATES } from '../../emulator/data/templates'

const root = new URL('../../', import.meta.url)
const hasPhp = spawnSync('php', ['--version']).status === 0

describe('emulator template data', () => {
  it('imports nothing from the app', () => {
    const source = readFileSync(new URL('emulator/data/templates.ts', root), 'utf8')
    expect(source).not.toMatch(/from '[^']*src\//)
    expect(source).not.toContain('php-serialize')
  })

  it('keeps template 139 as the docs print it, with the joined user columns of 101 and 102', () => {
    const columns = TEMPLATES.get(139)!.columns
    expect(columns.RESPONSIBLES).toBe('a:1:{i:0;s:3:"102";}')
    expect(columns.REPLICATE_PARAMS).toContain('s:19:"NEXT_EXECUTION_TIME";s:19:"17.03.2026 11:00:00";')
    expect([columns.CREATED_BY_NAME, columns.CREATED_BY_LAST_NAME, columns.RESPONSIBLE_NAME]).toEqual(['John', 'Doe', 'Peter'])
    expect(Object.keys(columns).at(-1)).toBe('SCENARIO')
  })

  it.skipIf(!hasPhp)('is what the PHP generator writes', () => {
    const generated = execFileSync('php', ['scripts/php-fixtures/generate.php', 'templates'], { cwd: root, encoding: 'utf8' })
    const committed = readFileSync(new URL('emulator/data/templates.json', root), 'utf8')
    expect(JSON.parse(generated).templates).toEqual(JSON.parse(committed).templates)
  })
})
