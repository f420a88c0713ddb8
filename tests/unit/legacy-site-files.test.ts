import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectFiles } from '@/lib/import/collectFiles'
import { detectKind } from '@/lib/import/detectKind'
import { findAsset, findLegacyAssets } from '@/lib/import/findLegacyAssets'

const PUBLICATION = [
  '---',
  'src: "Årsrapport 2021.pdf"',
  'title: "Annual Report 2021"',
  'type: "annualReport"',
  'tags: "publications"',
  'thumbnailSrc: "2021.png"',
  'id: 0',
  '---',
  '<embed src="/assets/pdfs/{{ src }}" type="application/pdf">',
].join('\n')

const CHAPTER = [
  '---',
  'src: "Årsrapport 2021.pdf"',
  'tags: "countryChapter"',
  '---',
  '<embed src="/assets/pdfs/{{ src }}#page=107">',
].join('\n')

const COUNTRY = '---\nname: "Belgium"\nflag: "be.svg"\n---\nText.\n'

/** A legacy site as it lies on disk: sources, assets, the old build and installed packages. */
const SITE: Record<string, string> = {
  'src/countries/belgium.md': COUNTRY,
  'src/publications/2021_annual_report.md': PUBLICATION,
  'src/publications/Task 12 Report.md': PUBLICATION,
  'src/countriesChapters/belgium.md': CHAPTER,
  'src/tasksChapters/12.md': CHAPTER.replace('countryChapter', 'taskChapter'),
  // Stored in decomposed form, as some disks do: "A" followed by a combining ring.
  'assets/pdfs/A\u030Arsrapport 2021.pdf': '%PDF-1.4',
  'assets/pdfs/older/2000.pdf': '%PDF-1.4',
  'assets/images/thumbnails/2021.png': 'png',
  '_site/countries/belgium/index.md': COUNTRY,
  'src/_site/copy.md': COUNTRY,
  'node_modules/some-package/README.md': '---\ntitle: A package\n---\n',
  'README.md': '---\ntitle: The old site\n---\n',
}

let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'evcp-legacy-site-'))
  for (const [name, content] of Object.entries(SITE)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), content)
  }
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('findLegacyAssets', () => {
  it('finds the publication and chapter files and the assets, given the root or its src folder', async () => {
    for (const input of [root, path.join(root, 'src')]) {
      const assets = await findLegacyAssets(input)
      expect(assets?.root).toBe(root)
      expect(assets?.publications).toEqual([
        path.join(root, 'src/publications/2021_annual_report.md'),
        path.join(root, 'src/publications/Task 12 Report.md'),
      ])
      expect(assets?.countryChapters).toEqual([path.join(root, 'src/countriesChapters/belgium.md')])
      expect(assets?.taskChapters).toEqual([path.join(root, 'src/tasksChapters/12.md')])
      expect([...(assets?.pdfs.keys() ?? [])]).toEqual(['older/2000.pdf', 'Årsrapport 2021.pdf'])
      expect([...(assets?.thumbnails.keys() ?? [])]).toEqual(['2021.png'])
    }
  })

  it('finds a PDF by the name the front matter writes, whatever Unicode form the disk uses', async () => {
    const assets = await findLegacyAssets(root)
    const pdfs = assets?.pdfs ?? new Map<string, string>()
    expect(findAsset(pdfs, '\u00C5rsrapport 2021.pdf')).toBe(
      path.join(root, 'assets/pdfs/A\u030Arsrapport 2021.pdf'),
    )
    expect(findAsset(pdfs, 'older/2000.pdf')).toBe(path.join(root, 'assets/pdfs/older/2000.pdf'))
    expect(findAsset(pdfs, 'missing.pdf')).toBeNull()
  })

  it('says a folder is no legacy site when it holds no src/', async () => {
    expect(await findLegacyAssets(path.join(root, 'assets'))).toBeNull()
  })
})

describe('collectFiles on a legacy site', () => {
  it('reads src/ only, never _site/ or node_modules/', async () => {
    const { files } = await collectFiles([root])
    expect(files.map((file) => path.relative(root, file.path))).toEqual([
      'src/countries/belgium.md',
      'src/countriesChapters/belgium.md',
      'src/publications/2021_annual_report.md',
      'src/publications/Task 12 Report.md',
      'src/tasksChapters/12.md',
    ])
    expect(new Set(files.map((file) => file.root))).toEqual(new Set([root]))
  })
})

describe('detectKind', () => {
  it('tells publication and chapter files from policy articles', () => {
    expect(detectKind(PUBLICATION)).toBe('publication')
    expect(detectKind(PUBLICATION.replace('src: "Årsrapport 2021.pdf"\n', ''))).toBe('publication')
    expect(detectKind(CHAPTER)).toBe('chapter')
    expect(detectKind(CHAPTER.replace('countryChapter', 'taskChapter'))).toBe('chapter')
    expect(detectKind('---\ntitle: Charging\ncountry: Belgium\n---\nText.\n')).toBe('article')
    expect(detectKind('---\ntitle: Charging\n---\nText.\n')).toBe('article')
    expect(detectKind(COUNTRY)).toBe('country')
  })
})
