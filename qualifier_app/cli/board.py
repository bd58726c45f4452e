"""A team lead's day on the command line: `qualifier board` (their reps now) and `qualifier
lead move` (leads, or a rep's callbacks, to a rep or a queue), as the Team board does."""

from __future__ import annotations

import argparse
from typing import Any

from qualifier_app.cli.arguments import positive
from qualifier_app.cli.auth import acting
from qualifier_app.cli.context import command_group, services
from qualifier_app.cli.output import print_json, table
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import count_of
from qualifier_app.services.board.reassign import LeadRef, MoveResult
from qualifier_app.services.board.team_board import Board, minutes_seconds

NOT_ALL_MOVED = 1


def register(commands: Any) -> None:
    board = commands.add_parser(
        "board", help="your teams' reps now: state, the lead in hand, today's figures"
    )
    board.add_argument("--json", action="store_true")
    board.set_defaults(handler=board_show)

    lead = command_group(commands, "lead", "find a lead and read its record")
    move = lead.add_parser(
        "move",
        help="move leads (queued or callbacks; one a rep holds loses its lease) or a rep's "
        f"callbacks to a rep or a queue; exit code {NOT_ALL_MOVED} when some did not move",
    )
    move.add_argument("lead_ids", nargs="*", type=positive, metavar="ID", help="the leads")
    move.add_argument(
        "--callbacks-of", metavar="LOGIN", help="instead of leads: this rep's callbacks"
    )
    to = move.add_mutually_exclusive_group(required=True)
    to.add_argument("--to-rep", metavar="LOGIN")
    to.add_argument("--to-queue", metavar="QUEUE")
    move.add_argument("--reason", default="", help="kept in the audit log")
    move.add_argument("--json", action="store_true")
    move.set_defaults(handler=lead_move)


def board_show(args: argparse.Namespace) -> int:
    with services(args) as app:
        board = app.board.board(acting(args))
    if args.json:
        print_json(board)
        return 0
    print(render_board(board))
    return 0


def render_board(board: Board) -> str:
    rows = [
        [
            rep.name,
            rep.team or "",
            str(rep.shown_state()),
            minutes_seconds(rep.in_activity_for(board.at)),
            f"{rep.company} (lead {rep.lead_id})" if rep.lead_id else "",
            *rep.figures(board.at),
        ]
        for rep in board.reps
    ]
    headers = [
        *("Rep", "Team", "State", "In state", "Working on", "For", "Assigned"),
        *("Callbacks due", "Attempts today", "Talk today", "Contacts", "Qualified"),
    ]
    lines = [
        f"{', '.join(board.teams) or 'all teams'} at {board.at:%Y-%m-%d %H:%M:%S} UTC",
        table(rows, headers),
        f"stale leases: {board.stale_leases}",
    ]
    lines.extend(f"not claimable: {blocked.line}" for blocked in board.blocked)
    return "\n".join(lines)


def lead_move(args: argparse.Namespace) -> int:
    if bool(args.lead_ids) == bool(args.callbacks_of):
        raise InvalidInput("name the leads to move, or --callbacks-of LOGIN (one of the two)")
    if args.callbacks_of and not args.to_rep:
        raise InvalidInput("--callbacks-of moves a rep's callbacks to a rep: add --to-rep LOGIN")
    with services(args) as app:
        actor = acting(args)
        reassign = app.reassign
        target = reassign.target_named(actor, rep_login=args.to_rep, queue_name=args.to_queue)
        if args.callbacks_of:
            source = reassign.target_named(actor, rep_login=args.callbacks_of)
            assert source.rep_id is not None and target.rep_id is not None
            result = reassign.move_callbacks(actor, source.rep_id, target.rep_id, args.reason)
        else:
            refs = [LeadRef(lead_id) for lead_id in args.lead_ids]
            result = reassign.move(actor, refs, target, args.reason)
    if args.json:
        print_json(result)
    else:
        print(render_move(result))
    return NOT_ALL_MOVED if result.refused else 0


def render_move(result: MoveResult) -> str:
    lines = [f"{count_of(len(result.moved), 'lead', 'leads')} moved to {result.target}"]
    if result.target_paused and result.moved:
        lines.append(f"{result.target} is paused: the leads wait for them until they are resumed")
    if result.warning:
        lines.append(result.warning)
    lines.extend(f"lead {refused.lead_id}: {refused.reason}" for refused in result.refused)
    return "\n".join(lines)
