/**
 * Comments with BBCode render through the app's one safe renderer (`@/components/BbcodeContent.vue`,
 * the same as the template description). The renderer and its parser are a chunk of their own,
 * loaded once the first comment with a tag (`hasBbcodeTag`, whose tag list lives with the comment
 * search) is shown: most comments are plain text, and the list
 * is part of the first paint. Until it arrives a comment shows its words without the tags
 * (`withoutBbcodeTags`), so no tag flashes; the formatting follows.
 */
import type { Component } from 'vue'
import { shallowRef } from 'vue'
import { yieldToMain } from '@/lib/yield-to-main'

/** The renderer once loaded; null before. Shared by every row. */
export const bbcodeRenderer = shallowRef<Component | null>(null)
let loading: Promise<void> | null = null

/**
 * Starts loading the renderer (once); rows show plain text until it is there. The request starts a
 * task later: asked for by the first rows while they render, the chunk's preload bookkeeping would
 * otherwise run inside the render that shows them (README "Performance": time to first row).
 */
export function loadBbcodeRenderer(): Promise<void> {
  loading ??= yieldToMain()
    .then(() => import('@/components/BbcodeContent.vue'))
    .then((module) => {
      bbcodeRenderer.value = module.default
    })
  return loading
}
