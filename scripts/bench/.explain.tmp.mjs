import { createClient } from '@libsql/client'
const db = createClient({ url: 'file:/tmp/dbcopy/b.db' })
const q1 = `select distinct "ev_statistics"."id", "ev_statistics"."year", "ev_statistics"."created_at" from "ev_statistics" left join "countries" c on c."id" = "ev_statistics"."country_id" where c."_status" = 'published' order by "ev_statistics"."year" desc, "ev_statistics"."created_at" desc limit 10`
const q2 = `select COUNT(1) OVER() from "ev_statistics" left join "countries" c on c."id" = "ev_statistics"."country_id" where c."_status" = 'published' group by "ev_statistics"."id" limit 1`
for (const q of [q1, q2]) {
  const plan = await db.execute(`explain query plan ${q}`)
  console.log(plan.rows.map((r) => r.detail).join('\n'))
  const t = performance.now(); for (let i = 0; i < 20; i++) await db.execute(q); console.log(`avg ${((performance.now() - t) / 20).toFixed(2)} ms\n`)
}
await db.execute('create index if not exists probe_year_created on ev_statistics (year, created_at)')
await db.execute('analyze')
for (const q of [q1, q2]) {
  const plan = await db.execute(`explain query plan ${q}`)
  console.log(plan.rows.map((r) => r.detail).join('\n'))
  const t = performance.now(); for (let i = 0; i < 20; i++) await db.execute(q); console.log(`with (year, created_at) index + analyze: avg ${((performance.now() - t) / 20).toFixed(2)} ms\n`)
}
