/**
 * Opening the app's own page (PLACEMENT `DEFAULT`, My week: router.ts `homeLocation`) in a portal
 * slider, from a task placement (AppNavigation's "Timesheet ↗"). The frame store keeps what the
 * portal told us; this one keeps the sliders asked for, which the portal answers only on close.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { PORTAL_KEY } from '@/api'
import { injectRequired } from './required'

export const useAppPageStore = defineStore('app-page', () => {
  const portal = injectRequired(PORTAL_KEY, 'useAppPageStore')
  /** Sliders asked for and not closed yet (the portal answers `openApplication` when its slider closes). */
  const openSliders = ref(0)

  /**
   * Asks the portal for the app's page in a slider titled `title`. Fire and forget: the answer comes
   * only when the user closes that slider. Before the frame has connected there is nothing to ask
   * (the link is only shown in a connected task view); a failure leaves the task view as it is.
   */
  function openInSlider(title: string): void {
    openSliders.value++
    void portal.connect()
      .then(frame => frame.openAppPage(title))
      .catch(() => {})
      .finally(() => {
        openSliders.value--
      })
  }

  function $reset(): void {
    openSliders.value = 0
  }

  return { openSliders, openInSlider, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useAppPageStore, import.meta.hot))
