/**
 * Portal pages a template points at, built from the portal's origin (the frame's `DOMAIN|PROTOCOL`).
 * Paths are Bitrix24's own public URLs: the tasks module's `PATH_TO_USER_TASKS_TASK` and
 * `PATH_TO_USER_TASKS_TEMPLATES_TEMPLATE` defaults (`/company/personal/user/#user_id#/tasks/…`), the
 * CRM's details pages (`/crm/<type>/details/<id>/`) and Disk's attached-object download handler.
 */
import type { CrmLink } from '@/api/templates'

export interface PortalLinks {
  template: (id: number) => string
  task: (id: number) => string
  crm: (link: CrmLink) => string
  file: (attachedId: number) => string
}

/**
 * @param origin `https://company.bitrix24.com`
 * @param userId whose task paths to use (any user may open another's path to a task they can see).
 */
export function portalLinks(origin: string, userId: number): PortalLinks {
  const base = origin.replace(/\/+$/, '')
  const user = `${base}/company/personal/user/${userId}/tasks`
  return {
    template: id => `${user}/templates/template/view/${id}/`,
    task: id => `${user}/task/view/${id}/`,
    crm: link => `${base}/crm/${link.kind}/details/${link.id}/`,
    file: attachedId => `${base}/bitrix/tools/disk/uf.php?attachedId=${attachedId}&action=download&ncc=1`,
  }
}
