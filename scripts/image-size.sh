#!/bin/sh
# npm run image:size: builds the Docker image and prints its size and Node version, when a
# container engine (docker or podman) is running here; otherwise says so plainly and exits 2.
set -eu
cd "$(dirname "$0")/.."
image=${IMAGE:-sco-asean-api}
found=""
for engine in docker podman; do
  command -v "$engine" >/dev/null 2>&1 || continue
  found="$found $engine"
  if "$engine" info >/dev/null 2>&1; then
    # The build checks the seed's quotes against the thesis when it is beside the checkout.
    thesis=../shared/sources/000_df8979263b835203.txt
    if [ -f "$thesis" ]; then set -- --secret "id=thesis,src=$thesis"; else set -- --build-arg SEED_QUOTES=unchecked; fi
    "$engine" build --quiet "$@" --tag "$image" . >/dev/null
    bytes=$("$engine" image inspect "$image" --format '{{.Size}}')
    node_version=$("$engine" run --rm "$image" node --version)
    echo "image $image: $((bytes / 1048576)) MiB ($bytes bytes), Node $node_version, built by $engine"
    exit 0
  fi
done
if [ -n "$found" ]; then
  echo "image size: not measured: no container engine is running here (found the client of$found, but no daemon answers)"
else
  echo "image size: not measured: no container engine (docker or podman) is installed here"
fi
exit 2
