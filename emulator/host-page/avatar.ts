/** The avatars `PERSONAL_PHOTO` points at: initials on the user's colour, as SVG. */
import { findUser } from '../data/users'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The SVG of a user with a photo, or null (no such user, or no photo). */
export function avatarSvg(userId: number): string | null {
  const user = findUser(userId)
  if (!user || user.photoFileId === null)
    return null
  const initials = escapeXml(`${[...user.name][0] ?? ''}${[...user.lastName][0] ?? ''}`)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><rect width="100" height="100" fill="${user.color}"/><text x="50" y="62" font-family="Helvetica, Arial, sans-serif" font-size="36" font-weight="600" fill="#fff" text-anchor="middle">${initials}</text></svg>`
}
