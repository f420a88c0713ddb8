import type { GroupField } from 'payload'

import { checkInteger } from '@/lib/domain/statistics/integer'

/**
 * "Its chapter": where a country's or a task's part of a publication begins, a published
 * publication and the PDF's page. Pages link it ("Belgium in the Annual Report 2021, from page
 * 107") and open the PDF at that page.
 */
export function chapterField(subject: 'country' | 'task'): GroupField {
  return {
    name: 'chapter',
    label: 'Chapter in a publication',
    type: 'group',
    admin: {
      description: `Where this ${subject}’s chapter of a report begins, e.g. the Annual Report 2021 from page 107.`,
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'publication', type: 'relationship', relationTo: 'publications' },
          {
            name: 'startPage',
            label: 'From page',
            type: 'number',
            min: 1,
            admin: {
              step: 1,
              description: 'Page 1 is the PDF’s first page, whatever number is printed on it.',
            },
            validate: (value: number | null | undefined, { siblingData }: { siblingData: unknown }) => {
              const checked = checkInteger(value, { label: 'From page', min: 1 })
              if (checked !== true) return checked
              const publication = (siblingData as { publication?: unknown }).publication
              return value !== null && value !== undefined && !publication
                ? 'Choose the publication the chapter is in, or clear the page.'
                : true
            },
          },
        ],
      },
    ],
  }
}
