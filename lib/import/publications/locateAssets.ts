import path from 'node:path'

import { findAsset, findLegacyAssets, type LegacyAssets } from '../findLegacyAssets'
import { type AssetFile, readAssetFile } from './readAssetFile'

/** The PDF and thumbnail a publication file names, as found under the legacy site's `assets/`. */
export type PublicationAssets = {
  /** The PDF, or null when `assets/pdfs/<src>` is missing. */
  pdf: (AssetFile & { creationYear: number | null }) | null
  /** The thumbnail, or null when the file names none or it is missing. */
  thumbnail: AssetFile | null
}

/**
 * The legacy site a publication or chapter file belongs to: found from the folder being imported
 * (the site's root or its `src/`), else from the file itself (`<root>/src/publications/x.md`).
 */
export async function legacyAssetsOf(file: string, root: string): Promise<LegacyAssets | null> {
  return (await findLegacyAssets(root)) ?? findLegacyAssets(path.dirname(path.dirname(file)))
}

/** Finds and fingerprints the files a publication names (none when the file is not in a legacy site). */
export async function locateAssets(
  assets: LegacyAssets | null,
  src: string,
  thumbnailSrc: string | null,
): Promise<PublicationAssets> {
  const pdfPath = assets ? findAsset(assets.pdfs, src) : null
  const thumbnailPath = assets && thumbnailSrc ? findAsset(assets.thumbnails, thumbnailSrc) : null
  return {
    pdf: pdfPath ? await readAssetFile(pdfPath, true) : null,
    thumbnail: thumbnailPath ? await readAssetFile(thumbnailPath) : null,
  }
}
