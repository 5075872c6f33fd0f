/**
 * axe-core inside a page or frame, for every e2e file that checks accessibility:
 * inject once, run on the whole document, return the violations trimmed to what a reader needs.
 */
import type { AxeResults, ImpactValue } from 'axe-core'
import type { Frame, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface Violation {
  id: string
  impact: ImpactValue | null
  help: string
  helpUrl: string
  nodes: Array<{ target: string, html: string, summary: string }>
}

/** Waits until no CSS animation or transition runs: axe measures colours as painted. */
export async function animationsSettled(target: Frame | Page): Promise<void> {
  await target.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'), undefined, { timeout: 10_000 })
}

/** Injects axe-core into `target` and returns every violation, whatever its impact. */
export async function runAxe(target: Frame | Page): Promise<Violation[]> {
  if (!await target.evaluate(() => 'axe' in window))
    await target.addScriptTag({ content: AXE_SOURCE })
  return target.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map(violation => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map(node => ({ target: node.target.join(' '), html: node.html.slice(0, 160), summary: node.failureSummary ?? '' })),
    }))
  })
}

export function describeViolations(violations: Violation[]): string {
  return violations.map(violation => [
    `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map(node => `    at ${node.target}\n      ${node.html}\n      ${node.summary.replace(/\n/g, '\n      ')}`),
  ].join('\n')).join('\n')
}
