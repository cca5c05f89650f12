"""The Qt binding the app runs on must survive long use: a regression guard for the pinned version."""
import subprocess
import sys
import textwrap


def test_many_signal_emissions_do_not_corrupt_the_interpreter():
    # PySide6 6.12.0 over-released a Python bool per emission; the process then aborted on exit
    # (or mid-shift, after enough signals). A tablet emits many thousands a day.
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Emitter(QObject):
            fired = Signal()
        e = Emitter()
        for _ in range(5000):
            e.fired.emit()
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]
