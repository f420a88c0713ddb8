import type { Endpoint } from 'payload'

import { exportCsvEndpoint } from './exportCsv'
import { importCsvEndpoint } from './importCsv'
import { saveTableEndpoint } from './saveTable'

/** CSV download and upload, and the save of the admin's statistics table, for editors. */
export const statisticsEndpoints: Endpoint[] = [exportCsvEndpoint, importCsvEndpoint, saveTableEndpoint]
