/**
 * Opening the app's page in a portal slider: the store asks the connected frame once per call,
 * never waits for the slider to close (the portal answers only then), and a failed opening leaves
 * nothing behind.
 */
import { describe, expect, it, vi } from 'vitest'
import { useAppPageStore } from '@/stores/app-page'
import { installStores } from '../helpers/app-context'
import { fakePortal } from '../helpers/fake-portal'

describe('useAppPageStore', () => {
  it('asks the frame for the app page under the title and counts the slider open until the portal answers', async () => {
    const { portal, frame } = fakePortal()
    let closeSlider!: () => void
    frame.openAppPage = vi.fn(() => new Promise<void>(resolve => (closeSlider = resolve)))
    installStores({ portal })
    const store = useAppPageStore()
    expect(store.openInSlider('Timesheet')).toBeUndefined()
    await vi.waitFor(() => expect(frame.openAppPage).toHaveBeenCalledWith('Timesheet'))
    expect(store.openSliders).toBe(1)
    closeSlider()
    await vi.waitFor(() => expect(store.openSliders).toBe(0))
  })

  it('leaves nothing behind when the portal refuses or the frame never connected', async () => {
    const { portal, frame } = fakePortal()
    frame.openAppPage = vi.fn(async () => {
      throw new Error('the portal page is gone')
    })
    installStores({ portal })
    const store = useAppPageStore()
    store.openInSlider('Timesheet')
    await vi.waitFor(() => expect(store.openSliders).toBe(0))

    portal.connect = vi.fn(async () => {
      throw new Error('no frame')
    })
    store.openInSlider('Timesheet')
    await vi.waitFor(() => expect(store.openSliders).toBe(0))
    expect(frame.openAppPage).toHaveBeenCalledTimes(1)
  })

  it('$reset forgets the count', () => {
    installStores({ portal: fakePortal().portal })
    const store = useAppPageStore()
    store.openSliders = 3
    store.$reset()
    expect(store.openSliders).toBe(0)
  })
})
