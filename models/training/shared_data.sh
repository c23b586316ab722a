# Sourced by the training scripts: sets $shared to the shared data directory, which is the
# script's argument if given, else $SHARED_DATA, else ../shared/data beside the repository, else
# /work/shared/data; exits naming it when it does not exist.
#   . "$(dirname "$0")/shared_data.sh" "${N:-}"     (N: the argument's position)
shared_default="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/shared/data"
[ -d "$shared_default" ] || shared_default=/work/shared/data
shared="${1:-${SHARED_DATA:-$shared_default}}"
if [ ! -d "$shared" ]; then
  echo "$(basename "$0"): no shared data directory $shared (pass it as an argument or set SHARED_DATA)" >&2
  exit 2
fi
