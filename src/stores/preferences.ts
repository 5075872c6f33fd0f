/**
 * The viewer's own settings, saved per user on the portal through `options.userSet` (the frame
 * keeps them, `api/portal.ts`): the duration format and whether the time tab's breakdown is open.
 */
import type { DurationFormat } from '@/lib/time/duration'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { isDurationFormat } from '@/lib/time/duration'
import { useFrameStore } from './frame'

/** The `options.userSet` key of the duration format. */
export const DURATION_FORMAT_OPTION = 'durationFormat'
/** The `options.userSet` key of the breakdown's open state ('open' or 'closed'). */
export const BREAKDOWN_OPTION = 'breakdown'

export const usePreferencesStore = defineStore('preferences', () => {
  const frame = useFrameStore()
  const durationFormat = ref<DurationFormat>('h:mm')
  /** The viewer's own choice; null until they make one, so the frame's width decides. */
  const breakdownOpen = ref<boolean | null>(null)

  /** Reads the saved duration format, if any; an unknown saved value is ignored. */
  function restoreDurationFormat(): void {
    const saved = frame.getUserOption(DURATION_FORMAT_OPTION)
    if (isDurationFormat(saved))
      durationFormat.value = saved
  }

  /** Switches the duration format and saves it for this user on the portal. */
  async function setDurationFormat(format: DurationFormat): Promise<void> {
    durationFormat.value = format
    await frame.setUserOption(DURATION_FORMAT_OPTION, format)
  }

  /** Reads the saved breakdown state, if any; anything but 'open' / 'closed' is ignored. */
  function restoreBreakdown(): void {
    const saved = frame.getUserOption(BREAKDOWN_OPTION)
    if (saved === 'open' || saved === 'closed')
      breakdownOpen.value = saved === 'open'
  }

  /** Remembers the viewer's breakdown choice for this user on the portal. */
  async function setBreakdownOpen(open: boolean): Promise<void> {
    if (breakdownOpen.value === open)
      return
    breakdownOpen.value = open
    await frame.setUserOption(BREAKDOWN_OPTION, open ? 'open' : 'closed')
  }

  function $reset(): void {
    durationFormat.value = 'h:mm'
    breakdownOpen.value = null
  }

  return { durationFormat, breakdownOpen, restoreDurationFormat, setDurationFormat, restoreBreakdown, setBreakdownOpen, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePreferencesStore, import.meta.hot))
