"""Commands for teams and queues: `team add|list|rename|deactivate|reactivate`,
`queue add|list|members|edit|remove`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from qualifier_app.cli.arguments import whole_number
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.text import count_of
from qualifier_app.services.admin.teams import SEGMENTS


def register(commands: Any) -> None:
    team = command_group(commands, "team", "teams")
    add = team.add_parser("add", help="add a team")
    add.add_argument("name")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=team_add)
    listing = team.add_parser("list", help="list teams")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=team_list)
    rename = team.add_parser("rename", help="rename a team")
    rename.add_argument("name")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(handler=team_rename)
    for verb, active in (("deactivate", False), ("reactivate", True)):
        sub = team.add_parser(verb, help=f"{verb} a team")
        sub.add_argument("name")
        sub.add_argument("--json", action="store_true")
        sub.set_defaults(handler=team_set_active, active=active)

    queue = command_group(commands, "queue", "the shared lead queue")
    qadd = queue.add_parser("add", help="add a queue to a team (its reps work it at once)")
    qadd.add_argument("name")
    qadd.add_argument("--team", required=True)
    qadd.add_argument("--segment", choices=SEGMENTS, help="any when left out")
    qadd.add_argument("--priority", type=whole_number, help="0 when left out")
    qadd.add_argument("--json", action="store_true")
    qadd.set_defaults(handler=queue_add)
    qlist = queue.add_parser("list", help="list queues, their team, members and leads")
    qlist.add_argument("--json", action="store_true")
    qlist.set_defaults(handler=queue_list)
    members = queue.add_parser("members", help="show or change who works a queue")
    members.add_argument("queue")
    members.add_argument("--add", nargs="+", default=[], metavar="LOGIN")
    members.add_argument("--remove", nargs="+", default=[], metavar="LOGIN")
    members.add_argument("--json", action="store_true")
    members.set_defaults(handler=queue_members)
    edit = queue.add_parser("edit", help="rename a queue, change its segment or priority")
    edit.add_argument("queue")
    edit.add_argument("--name", dest="new_name")
    edit.add_argument("--segment", choices=SEGMENTS)
    edit.add_argument("--priority", type=whole_number)
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=queue_edit)
    remove = queue.add_parser("remove", help="close a queue (refused while it holds leads)")
    remove.add_argument("queue")
    remove.add_argument("--move-to", metavar="QUEUE", help="move its leads to this queue first")
    remove.add_argument("--json", action="store_true", help="as JSON")
    remove.set_defaults(handler=queue_remove)


def _team_line(t: Any) -> str:
    return f"{t.name}{'' if t.active else ' (deactivated)'}"


def team_add(args: argparse.Namespace) -> int:
    with services(args) as app:
        added = app.teams.add_team(acting(args), args.name)
    print_json(added) if args.json else print(f"added team {added.name}")
    return 0


def team_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        teams = app.teams.list_teams(acting(args))
    if args.json:
        print_json(teams)
    else:
        rows = [
            [t.name, "yes" if t.active else "no", str(t.members), ", ".join(t.queues)]
            for t in teams
        ]
        print(table(rows, ["team", "active", "people", "queues"]))
    return 0


def team_rename(args: argparse.Namespace) -> int:
    with services(args) as app:
        renamed = app.teams.rename_team(acting(args), args.name, args.new_name)
    print_json(renamed) if args.json else print(f"renamed team {args.name} to {renamed.name}")
    return 0


def team_set_active(args: argparse.Namespace) -> int:
    with services(args) as app:
        team = app.teams.set_team_active(acting(args), args.name, args.active)
    print_json(team) if args.json else print(_team_line(team))
    return 0


def _queue_line(q: Any) -> str:
    members = ", ".join(q.members) or "nobody"
    return f"{q.name} ({q.team or 'no team'}, {q.segment}, priority {q.priority}): {members}"


def queue_add(args: argparse.Namespace) -> int:
    with services(args) as app:
        actor = acting(args)
        added = app.teams.add_queue(actor, args.name, args.team, args.segment, args.priority)
        routed = app.teams.routed_by_rules(actor, added.name)
    print_json(added) if args.json else print(f"added queue {_queue_line(added)}")
    if not routed:
        sys.stderr.write(
            f"qualifier: warning: no scoring rule routes leads to queue {added.name}: to route "
            "leads to it, add a queue rule (qualifier scoring export > rules.json, edit, "
            "qualifier scoring apply rules.json)\n"
        )
    return 0


def queue_list(args: argparse.Namespace) -> int:
    with services(args) as app:
        queues = app.teams.list_queues(acting(args))
    if args.json:
        print_json(queues)
    else:
        rows = [
            [
                q.name,
                q.team or "",
                q.segment,
                str(q.priority),
                "yes" if q.active else "no",
                str(q.leads),
                ", ".join(q.members),
            ]
            for q in queues
        ]
        print(table(rows, ["queue", "team", "segment", "priority", "open", "leads", "members"]))
    return 0


def queue_members(args: argparse.Namespace) -> int:
    with services(args) as app:
        if args.add or args.remove:
            found = app.teams.set_members(acting(args), args.queue, args.add, args.remove)
        else:
            queues = app.teams.list_queues(acting(args))
            named = [q for q in queues if q.name.lower() == args.queue.strip().lower()]
            if not named:
                raise NotFound(f"there is no queue {args.queue!r}")
            found = named[0]
    print_json(found) if args.json else print(_queue_line(found))
    return 0


def queue_edit(args: argparse.Namespace) -> int:
    with services(args) as app:
        queue = app.teams.edit_queue(
            acting(args),
            args.queue,
            new_name=args.new_name,
            segment=args.segment,
            priority=args.priority,
        )
    print_json(queue) if args.json else print(_queue_line(queue))
    return 0


def queue_remove(args: argparse.Namespace) -> int:
    with services(args) as app:
        moved = app.teams.remove_queue(acting(args), args.queue, args.move_to)
    if args.json:
        print_json({"closed": args.queue, "moved": moved, "moved_to": args.move_to})
        return 0
    note = f"; moved {count_of(moved, 'lead', 'leads')} to {args.move_to}" if moved else ""
    print(f"closed queue {args.queue}{note}")
    return 0
