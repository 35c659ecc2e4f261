# Sourced by ./storyline and ./dev: sets JAVA_HOME to a JDK >= 21, or explains and exits.
# Order: $JAVA_HOME, then the system's JVM folders (newest first).
storyline_java_major() {
  # Prints the feature version of the JDK at $1 ("17", "21", "25"), or nothing.
  local release="$1/release"
  [ -x "$1/bin/java" ] || return 0
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

storyline_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] || continue
    major=$(storyline_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$candidate/bin/javac" ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      # Maven 3.8's bundled Guava uses sun.misc.Unsafe, which JDK 24+ warns about at every build.
      if [ "$major" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
      return 0
    fi
  done
  echo "storyline: no JDK 21 or newer found (looked at JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm)." >&2
  echo "storyline: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) or point JAVA_HOME at it." >&2
  exit 3
}
storyline_find_jdk
