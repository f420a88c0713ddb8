import { describeCsvFields } from '@/lib/domain/open-data/dataPackage'

/** The columns of the downloads, as the data package describes them. */
export function DataColumns() {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Columns of the CSV files and keys of the JSON files</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Column
            </th>
            <th scope="col" className="py-2 pr-4">
              Type
            </th>
            <th scope="col" className="py-2">
              Meaning
            </th>
          </tr>
        </thead>
        <tbody>
          {describeCsvFields().map((field) => (
            <tr key={field.name} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-mono font-normal">
                {field.name}
              </th>
              <td className="py-2 pr-4">{field.type}</td>
              <td className="py-2">{field.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
