import type { Endpoint } from 'payload'

import { exportCsvEndpoint } from './exportCsv'
import { importCsvEndpoint } from './importCsv'

/** CSV download and upload of the statistics, for editors working in spreadsheets. */
export const statisticsCsvEndpoints: Endpoint[] = [exportCsvEndpoint, importCsvEndpoint]
