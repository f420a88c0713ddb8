// @ts-check
// `node count-rows.mjs <database-file> <table>…`: prints the row count of each table as a JSON
// list. Run as a process of its own because libsql keeps a file open until garbage collection,
// and `npm run restore` refuses a database that another process has open.
import { createClient } from '@libsql/client'

const [file, ...tables] = process.argv.slice(2)
const client = createClient({ url: `file:${file}` })
const counts = []
for (const table of tables) {
  const result = await client.execute(`SELECT count(*) AS n FROM "${table}"`)
  counts.push(Number(result.rows[0]?.n))
}
client.close()
console.log(JSON.stringify(counts))
