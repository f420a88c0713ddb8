import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** The seed documents shipped in `seed/` (the legacy files are kept byte for byte). */
export const SEED_FILES = {
  country: '000_717ca14df04e7b3c.txt',
  article: 'belgium-digital-economy.md',
  tasks: 'tasks.csv',
} as const

/** Folder holding the seed documents. */
export function seedDirectory(): string {
  return path.join(process.cwd(), 'seed')
}

/** Reads one seed document as text. */
export function readSeedFile(name: string, directory = seedDirectory()): Promise<string> {
  return readFile(path.join(directory, name), 'utf8')
}
