#!/bin/sh
# The command scripts/devset.mjs hands to ../shared/eval/score.mjs: a page that
# scripts/devset-prefill.mjs already extracted in this run is printed from its cache (a shell
# and cat, instead of a Node start per page and group); anything else goes to
# devset-cached-extract.mjs, which runs the real `inclusio`.
if [ "$1" = extract ] && [ -n "$DEVSET_CACHE" ] && [ -n "$2" ]; then
  cached="$DEVSET_CACHE/by-file/$(basename "$2")"
  if [ -f "$cached" ]; then exec cat "$cached"; fi
fi
exec "$DEVSET_NODE" "$DEVSET_CACHED_EXTRACT" "$@"
