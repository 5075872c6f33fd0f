/**
 * Comments with BBCode render through the app's one safe renderer (`@/components/BbcodeContent.vue`,
 * the same as the template description). The renderer and its parser are a chunk of their own,
 * loaded once the first comment with a tag is shown: most comments are plain text, and the list
 * is part of the first paint. Until it arrives a comment shows as its plain text.
 */
import type { Component } from 'vue'
import { shallowRef } from 'vue'

/** A tag the renderer knows, opening or closing (`[b]`, `[/url]`, `[url=…]`, `[*]`). */
const TAG = /\[\/?(?:[bius*p]|quote|code|url|list|color|size|font|left|center|right|justify|user|img|table|tr|td|th|disk|background)(?:=[^\]]*)?\]/i

/**
 * True when the text has a BBCode tag worth rendering.
 *
 * @example
 * hasBbcode('[b]done[/b]') // true
 * hasBbcode('array[0] = 1') // false
 */
export function hasBbcode(text: string): boolean {
  return text.includes('[') && TAG.test(text)
}

/** The renderer once loaded; null before. Shared by every row. */
export const bbcodeRenderer = shallowRef<Component | null>(null)
let loading: Promise<void> | null = null

/** Starts loading the renderer (once); rows show plain text until it is there. */
export function loadBbcodeRenderer(): Promise<void> {
  loading ??= import('@/components/BbcodeContent.vue').then((module) => {
    bbcodeRenderer.value = module.default
  })
  return loading
}
