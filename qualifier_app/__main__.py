from qualifier_app.cli.entry import run

raise SystemExit(run())
