"""Print the directory the frnews package installs into for a prefix.

    python3 sitedir.py PREFIX

configure runs this under the interpreter the module is built for. The
answer is the site directory of that interpreter's own install scheme for
PREFIX, with PREFIX written as ${exec_prefix} so that `make install
prefix=DIR` moves it along. Debian's interpreter searches
/usr/local/lib/python3.X/dist-packages (scheme posix_local) and
/usr/lib/python3/dist-packages (deb_system), never the upstream
PREFIX/lib/python3.X/site-packages: the scheme whose data directory is
PREFIX gives the answer, and a prefix no scheme knows gets posix_prefix
rooted at it (found through PYTHONPATH).
"""
import os
import sys
import sysconfig


def candidate_schemes():
    """The interpreter's schemes, the ones it prefers first."""
    names = []
    if hasattr(sysconfig, "get_preferred_scheme"):  # Python 3.10+
        names.append(sysconfig.get_preferred_scheme("prefix"))
    names += ["posix_local", "deb_system", "posix_prefix"]
    if hasattr(sysconfig, "get_preferred_scheme"):
        names.append(sysconfig.get_preferred_scheme("user"))
    names.append("posix_user")
    known = sysconfig.get_scheme_names()
    return [name for name in dict.fromkeys(names) if name in known]


def site_dir(prefix):
    prefix = os.path.normpath(prefix)
    for scheme in candidate_schemes():
        if os.path.normpath(sysconfig.get_path("data", scheme)) == prefix:
            platlib = os.path.normpath(sysconfig.get_path("platlib", scheme))
            if platlib.startswith(prefix + os.sep):
                return "${exec_prefix}" + platlib[len(prefix):]
    rooted = {"base": "${exec_prefix}", "platbase": "${exec_prefix}"}
    return sysconfig.get_path("platlib", "posix_prefix", vars=rooted)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: sitedir.py PREFIX")
    print(site_dir(sys.argv[1]))
