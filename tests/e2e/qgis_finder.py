"""Find QGIS's executables and make throw-away QGIS profiles for end-to-end tests.

Works on Debian 12 (QGIS 3.22: use ``/usr/bin/qgis_process.bin``, because the
``/usr/bin/qgis_process`` wrapper adds a ``--noversioncheck`` flag that build rejects) and on a
QGIS 3.44 Debian sid chroot (where only ``qgis_process`` may exist). Override with the
environment variables ``URBANPLAN_QGIS_PROCESS`` and ``URBANPLAN_QGIS``.

Every run is isolated from the network when the machine allows it (``unshare -n``: a private
network namespace with no interface but loopback), so QGIS's news feed or version check can
never reach out, and from the user's QGIS settings (``QGIS_CUSTOM_CONFIG_PATH``).
"""
import os
import shutil
import signal
import subprocess
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "urbanplan_plugin"


def _first_executable(candidates):
    for cand in candidates:
        if not cand:
            continue
        path = cand if os.path.isabs(cand) else shutil.which(cand)
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def qgis_process():
    """Path of qgis_process (the .bin build first), or None."""
    return _first_executable([
        os.environ.get("URBANPLAN_QGIS_PROCESS"),
        "/usr/bin/qgis_process.bin", "qgis_process.bin",
        "/usr/lib/qgis/qgis_process.bin", "/usr/libexec/qgis/qgis_process.bin",
        "/usr/bin/qgis_process", "qgis_process",
    ])


def qgis_desktop():
    """Path of the QGIS desktop launcher (the Debian wrapper first: it sets library paths)."""
    return _first_executable([os.environ.get("URBANPLAN_QGIS"), "/usr/bin/qgis", "qgis",
                              "/usr/bin/qgis.bin", "qgis.bin"])


def xvfb_run():
    return _first_executable(["/usr/bin/xvfb-run", "xvfb-run"])


@lru_cache(maxsize=1)
def network_isolation():
    """The command prefix that runs a program without network access, or [] if unavailable."""
    unshare = shutil.which("unshare")
    if not unshare:
        return []
    for prefix in ([unshare, "-n"], [unshare, "-rn"]):
        try:
            ok = subprocess.run(prefix + ["true"], capture_output=True, timeout=10).returncode == 0
        except (OSError, subprocess.SubprocessError):
            ok = False
        if ok:
            return prefix
    return []


def make_profile(base, plugin_dir=None, enable=True):
    """A throw-away QGIS configuration under ``base`` with the plugin linked in.

    Returns the environment for QGIS: ``QGIS_PLUGINPATH`` points at a folder holding a symlink
    ``urbanplan_plugin`` -> the plugin package (default: the repository's, which carries
    metadata.txt and resources as symlinks), ``QGIS_CUSTOM_CONFIG_PATH`` at a fresh
    configuration whose default profile enables the plugin under [PythonPlugins] and switches
    off everything that would go online at start (news feed, version and plugin checks)."""
    base = Path(base)
    plugins = base / "plugins"
    config = base / "config"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / PLUGIN
    if not link.exists():
        link.symlink_to(Path(plugin_dir or ROOT / PLUGIN).resolve(), target_is_directory=True)
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(
        "[PythonPlugins]\n"
        f"{PLUGIN}={'true' if enable else 'false'}\n"
        "\n[qgis]\n"
        "checkVersion=false\n"
        "showTips=false\n"
        "\n[app]\n"
        "plugin_installer\\checkOnStart=false\n"
        "plugin_installer\\checkOnStartInterval=0\n"
        "\n[core]\n"
        "NewsFeed\\httpsfeedqgisorg\\disabled=true\n"
        "\n[fonts]\n"                      # QGIS >= 3.28 fetches missing fonts (Open Sans)
        "downloadMissingFonts=false\n"
        "\n[UI]\n"
        "hidebrowser=true\n",
        encoding="utf-8")
    env = dict(os.environ)
    env.update({
        "QGIS_PLUGINPATH": str(plugins),
        "QGIS_CUSTOM_CONFIG_PATH": str(config),
        "QGIS_DEBUG": "0",
        "XDG_RUNTIME_DIR": str(base / "runtime"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "URBANPLAN_E2E_DIR": str(Path(__file__).resolve().parent),  # for e2e_harness
    })
    (base / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.pop("PYTHONPATH", None)
    return env


def run(cmd, env, timeout=180, cwd=None, isolate=True):
    """Run a command (without network access when possible); returns CompletedProcess.

    The command gets its own process group, and on timeout the whole group is killed (xvfb-run
    starts Xvfb and QGIS as children that would otherwise outlive it), then TimeoutExpired is
    raised with what the command printed so far."""
    prefix = network_isolation() if isolate else []
    args = prefix + [str(c) for c in cmd]
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        raise subprocess.TimeoutExpired(args, timeout, output=out, stderr=err) from None
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def qgis_process_env(base, plugin_dir=None, timeout=120):
    """A profile for qgis_process with the plugin enabled through ``plugins enable``."""
    env = make_profile(base, plugin_dir, enable=False)
    env["QT_QPA_PLATFORM"] = "offscreen"
    exe = qgis_process()
    proc = run([exe, "plugins", "enable", PLUGIN], env, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"qgis_process plugins enable failed ({proc.returncode}):\n"
                           f"{proc.stdout}\n{proc.stderr}")
    return env
