import type { ServerProps } from 'payload'

import { runAttentionChecks } from '@/lib/data/attention/runAttentionChecks'
import { isStaff } from '@/lib/domain/roles'

import './attention.css'

/**
 * Above the admin dashboard's collection cards: what needs an editor's attention, each item
 * a link to its document. Runs as the signed-in user, with their access.
 */
export async function AttentionList({ payload, user }: ServerProps) {
  if (!payload || !user || !isStaff(user)) return null
  const sections = await runAttentionChecks({ payload, user, now: new Date() })
  const total = sections.reduce((sum, section) => sum + section.items.length, 0)
  return (
    <section aria-labelledby="evcp-attention-heading" className="evcp-attention">
      <h2 id="evcp-attention-heading">
        Needs attention {total > 0 && <span className="evcp-attention__count">({total})</span>}
      </h2>
      <div className="evcp-attention__grid">
        {sections.map((section) => (
          <section key={section.title} aria-label={section.title} className="evcp-attention__check">
            <h3>
              {section.title} <span className="evcp-attention__count">({section.items.length})</span>
            </h3>
            {section.error ? (
              <p role="alert">Could not check this: {section.error}</p>
            ) : section.items.length === 0 ? (
              <p className="evcp-attention__none">Nothing to do.</p>
            ) : (
              <ul>
                {section.items.map((item) => (
                  <li key={`${item.href} ${item.detail ?? ''}`}>
                    <a href={item.href}>{item.label}</a>
                    {item.detail && <span className="evcp-attention__detail"> — {item.detail}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  )
}
