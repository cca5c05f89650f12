"""The `clienteling` command: the app, the demo, the reference server, headless sync, support."""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from .config import Settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="clienteling", description=__doc__)
    p.add_argument("--backend-url", help="backend base URL (default from CLIENTELING_BACKEND_URL)")
    p.add_argument("--ca-bundle", help="PEM bundle of the backend's CA")
    p.add_argument("--profile", help="cache/keyring profile name (default 'default')")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--training", dest="training_mode", action="store_true",
                   help="training mode: own cache profile '<profile>-training', marked screens")
    sub = p.add_subparsers(dest="command")

    app = sub.add_parser("app", help="open the app against the configured backend (the default)")
    app.add_argument("--kiosk", action="store_true", help="full screen; leaving needs a manager PIN")
    app.add_argument("--training", action="store_true", help="training mode: own cache, marked screens")

    demo = sub.add_parser("demo", help="start the reference backend with demo data and open the app signed in")
    demo.add_argument("--manager", action="store_true", help="sign in as the store manager")
    demo.add_argument("--kiosk", action="store_true")
    demo.add_argument("--store", default=None, help="demo store id (default: the first Paris store)")
    demo.add_argument("--customers", type=int, default=20_000, help="demo customers to generate")
    demo.add_argument("--screenshots", metavar="DIR", help="render every main screen to PNG in DIR and exit")
    demo.add_argument("--training", action="store_true", help="training mode: own cache, marked screens")

    serve = sub.add_parser("serve", help="run the reference backend")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--db", default="clienteling-server.db", help="server database file")
    serve.add_argument("--customers", type=int, default=20_000, help="demo customers when the db is new")
    serve.add_argument("--seed", type=int, default=42)

    sync = sub.add_parser("sync", help="one pull and one push from the command line (exit 0 when all done)")
    sync.add_argument("--store", help="store id, to sign in with a password")
    sync.add_argument("--username")
    sync.add_argument("--password-env", default="CLIENTELING_PASSWORD",
                      help="environment variable holding the password (never pass it on the command line)")

    sub.add_parser("outbox", help="list pending and conflicted commands (for support staff)")

    bench = sub.add_parser("bench", help="run the benchmark suite and print its table")
    bench.add_argument("--quick", action="store_true", help="smaller data sets, for a smoke run")
    bench.add_argument("--json", metavar="FILE", default="bench-results/latest.json")
    bench.add_argument("--only", nargs="*", help="run only these rows")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.DEBUG if args.verbose else logging.WARNING)  # one line a request
    settings = Settings.from_env(backend_url=args.backend_url, ca_bundle=args.ca_bundle, profile=args.profile)
    command = args.command or "app"
    if command == "serve":
        from .server.main import serve
        serve(host=args.host, port=args.port, db_path=args.db, scale=args.customers, seed=args.seed)
        return 0
    if command == "sync":
        from .headless import run_sync
        return run_sync(settings, store_id=args.store, username=args.username, password_env=args.password_env)
    if command == "outbox":
        from .headless import print_outbox
        return print_outbox(settings)
    if command == "bench":
        from ui.bench import keystroke_rows, stall_rows, startup_rows

        from .bench.suite import run_bench
        return run_bench(quick=args.quick, json_path=args.json, only=args.only, ui_rows=[stall_rows, startup_rows],
                         search_hooks=[keystroke_rows])
    from .launch import launch_app, launch_demo
    training = args.training_mode or getattr(args, "training", False)
    if command == "demo":
        return launch_demo(settings, manager=args.manager, kiosk=args.kiosk, store_id=args.store,
                           customers=args.customers, screenshots=args.screenshots, training=training)
    return launch_app(settings, kiosk=getattr(args, "kiosk", False), training=training)


if __name__ == "__main__":
    sys.exit(main())
