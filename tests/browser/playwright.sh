# Sourced by the browser tests: checks for Debian's Chromium and makes playwright-core
# importable (NODE_PATH), from the site validators' folder, installing it there (pinned) only
# if missing. Never downloads a browser.
[[ -x /usr/bin/chromium ]] || { echo "FAIL /usr/bin/chromium not found (apt-get install chromium)" >&2; exit 2; }
VALIDATORS_HOME=${SITE_VALIDATORS_HOME:-$HOME/.cache/site-validators}
NODE_MODULES="$VALIDATORS_HOME/node/node_modules"
if [[ ! -f "$NODE_MODULES/playwright-core/package.json" ]]; then
  echo "# installing playwright-core@1.65.1 into $NODE_MODULES" >&2
  mkdir -p "$NODE_MODULES"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund \
    --prefix "$NODE_MODULES/.." playwright-core@1.65.1 >&2
fi
export NODE_PATH="$NODE_MODULES"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
