// Keeps two folders of the site between Netlify deploys, in Netlify's build cache, through the
// cache utility Netlify Build gives every plugin (`utils.cache`, documented in "Develop Build
// Plugins", https://docs.netlify.com/extend/develop-and-share/develop-build-plugins/, and in
// the README of @netlify/cache-utils, which implements it). A local plugin, declared in
// netlify.toml by its path, needs nothing installed from npm. "Clear cache and deploy site" in
// Netlify's interface empties both folders.
//
// - .swivi-deploy/: the swivi binary that tools/install-swivi.sh downloads or builds, with
//   Cargo's folders and target/ when it builds it, so that a deploy neither downloads nor
//   compiles swivi again unless what it is made from changed. Saved at the end of a deploy,
//   even a failed one (the script checks what it finds there before using it), when it
//   changed.
// - .swivi-cache/: swivi's own build cache, saved only after a build that succeeded.
const DEPLOY = ".swivi-deploy";
const BUILD = ".swivi-cache";

const restore = async (cache, path) => {
  const found = await cache.restore(path);
  console.log(found ? `Restored ${path}/ from the build cache` : `No ${path}/ in the build cache yet`);
};

const save = async (cache, path, digests = []) => {
  if (await cache.save(path, { digests })) {
    console.log(`${path}/ is in the build cache for the next deploy`);
  }
};

module.exports = {
  async onPreBuild({ utils }) {
    await restore(utils.cache, DEPLOY);
    await restore(utils.cache, BUILD);
  },
  async onPostBuild({ utils }) {
    await save(utils.cache, BUILD);
  },
  // The binary's record of what it is (the files it was built from, or the release it comes
  // from) changes whenever anything in .swivi-deploy/ worth keeping does: while it stays the
  // same, the cache is not copied again.
  async onEnd({ utils }) {
    await save(utils.cache, DEPLOY, [`${DEPLOY}/bin/swivi.stamp`, `${DEPLOY}/bin/swivi.release`]);
  },
};
