// Keeps two folders of the site between Netlify deploys, in Netlify's build cache, through the
// cache utility Netlify Build gives every plugin (`utils.cache`, documented in "Develop Build
// Plugins", https://docs.netlify.com/extend/develop-and-share/develop-build-plugins/, and in
// the README of @netlify/cache-utils, which implements it). A local plugin, declared in
// netlify.toml by its path, needs nothing installed from npm. "Clear cache and deploy site" in
// Netlify's interface empties both folders.
//
// - .swivi-deploy/: the swivi binary that tools/install-swivi.sh downloads or builds, with
//   Cargo's folders and target/ when it builds it, so that a deploy neither downloads nor
//   compiles swivi again unless what it is made from changed. Saved at the end of every
//   deploy, even a failed one: the script checks what it finds there before using it.
// - .swivi-cache/: swivi's own build cache, saved only after a build that succeeded.
const DEPLOY = ".swivi-deploy";
const BUILD = ".swivi-cache";

const restore = async (cache, path) => {
  const found = await cache.restore(path);
  console.log(found ? `Restored ${path}/ from the build cache` : `No ${path}/ in the build cache yet`);
};

const save = async (cache, path) => {
  if (await cache.save(path)) console.log(`Saved ${path}/ to the build cache`);
};

module.exports = {
  async onPreBuild({ utils }) {
    await restore(utils.cache, DEPLOY);
    await restore(utils.cache, BUILD);
  },
  async onPostBuild({ utils }) {
    await save(utils.cache, BUILD);
  },
  async onEnd({ utils }) {
    await save(utils.cache, DEPLOY);
  },
};
