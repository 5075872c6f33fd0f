/**
 * The viewer's own settings, saved per user on the portal through `options.userSet` (the frame
 * keeps them, `api/portal.ts`): today the duration format.
 */
import type { DurationFormat } from '@/lib/time/duration'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { isDurationFormat } from '@/lib/time/duration'
import { useFrameStore } from './frame'

/** The `options.userSet` key of the duration format. */
export const DURATION_FORMAT_OPTION = 'durationFormat'

export const usePreferencesStore = defineStore('preferences', () => {
  const frame = useFrameStore()
  const durationFormat = ref<DurationFormat>('h:mm')

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

  function $reset(): void {
    durationFormat.value = 'h:mm'
  }

  return { durationFormat, restoreDurationFormat, setDurationFormat, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePreferencesStore, import.meta.hot))
