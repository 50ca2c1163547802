"""``jdih request new|list|show|cancel`` and ``jdih step done|pause|resume|start``."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from jdih_desktop.cli.common import (
    actor_for,
    data_dir_parent,
    parse_instant,
    print_table,
)
from jdih_desktop.cli.publish_cmds import publication_lines
from jdih_desktop.context import AppContext
from jdih_desktop.domain.display import format_moment
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop_run import RunState, StepState
from jdih_desktop.workflow.requests import SIFAT, RequestView, StepView


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    request = sub.add_parser("request", help="permohonan penerbitan salinan SK")
    rsub = request.add_subparsers(dest="request_command", required=True, metavar="PERINTAH")
    new = rsub.add_parser("new", parents=[data_dir_parent()], help="daftarkan permohonan")
    new.add_argument("--pengusul", required=True, help="nama pengusul")
    new.add_argument("--hal", required=True, help="hal / perihal")
    new.add_argument("--unit", default="", help="unit kerja pengusul")
    new.add_argument("--nota-nomor", default="", help="nomor nota dinas")
    new.add_argument("--nota-tanggal", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    new.add_argument("--sifat", choices=SIFAT, default="biasa")
    new.add_argument("--received-at", default=None, help="waktu diterima (YYYY-MM-DD HH:MM)")
    new.add_argument("--by", required=True, help="pengguna yang mencatat")
    new.set_defaults(handler=_new)

    listing = rsub.add_parser("list", parents=[data_dir_parent()], help="daftar permohonan")
    listing.add_argument("--late", action="store_true", help="hanya yang terlambat")
    listing.add_argument("--all", action="store_true", help="termasuk yang selesai/batal")
    listing.set_defaults(handler=_list)

    show = rsub.add_parser("show", parents=[data_dir_parent()], help="linimasa permohonan")
    show.add_argument("id", type=int)
    show.set_defaults(handler=_show)

    cancel = rsub.add_parser("cancel", parents=[data_dir_parent()], help="batalkan permohonan")
    cancel.add_argument("id", type=int)
    cancel.add_argument("--reason", required=True)
    cancel.add_argument("--by", required=True)
    cancel.set_defaults(handler=_cancel)

    step = sub.add_parser("step", help="langkah SOP sebuah permohonan")
    ssub = step.add_subparsers(dest="step_command", required=True, metavar="PERINTAH")
    done = ssub.add_parser("done", parents=[data_dir_parent()], help="selesaikan langkah")
    pause = ssub.add_parser("pause", parents=[data_dir_parent()], help="jeda langkah")
    resume = ssub.add_parser("resume", parents=[data_dir_parent()], help="lanjutkan langkah")
    start = ssub.add_parser("start", parents=[data_dir_parent()], help="isi waktu mulai")
    for parser in (done, pause, resume, start):
        parser.add_argument("id", type=int, help="id permohonan")
        parser.add_argument("step", type=int, help="nomor langkah")
        parser.add_argument("--by", required=True)
    done.add_argument("--override-reason", default=None, help="alasan (Kasubag menggantikan)")
    pause.add_argument("--reason", required=True)
    start.add_argument("--at", required=True, help="waktu mulai (YYYY-MM-DD HH:MM)")
    start.add_argument("--note", default=None)
    done.set_defaults(handler=_done)
    pause.set_defaults(handler=_pause)
    resume.set_defaults(handler=_resume)
    start.set_defaults(handler=_start)


def _tz(context: AppContext) -> str:
    return context.office.profile().timezone


def _duration(value: timedelta | None) -> str:
    if value is None:
        return "-"
    minutes = int(value.total_seconds() // 60)
    sign = "-" if minutes < 0 else ""
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{mins:02d}"


def _level(step: StepView | None) -> str:
    if step is None or step.timer is None:
        return "-"
    return str(step.timer.level.label)


def _new(args: argparse.Namespace, context: AppContext) -> int:
    tz = _tz(context)
    view = context.requests.register(
        actor_for(context, args.by),
        pengusul_name=args.pengusul,
        hal=args.hal,
        unit=args.unit,
        nota_dinas_nomor=args.nota_nomor,
        nota_dinas_tanggal=args.nota_tanggal,
        sifat=args.sifat,
        received_at=parse_instant(args.received_at, tz) if args.received_at else None,
    )
    print(view.id)
    print(
        msg(
            "Permohonan {agenda} dicatat; langkah 1 berjalan sejak {at}.",
            "Request {agenda} registered; step 1 running since {at}.",
            agenda=view.agenda,
            at=format_moment(view.received_at, tz, compact=True),
        )
    )
    return 0


def _list(args: argparse.Namespace, context: AppContext) -> int:
    views = context.requests.list(late_only=args.late, include_closed=args.all)
    if not views:
        print(msg("Tidak ada permohonan.", "No requests."))
        return 0
    rows = []
    for view in views:
        current = view.current_step
        rows.append(
            (
                view.id,
                view.agenda,
                view.pengusul_name,
                view.hal[:50],
                f"{current.no}. {current.key}" if current else str(RunState(view.run_state).label),
                _duration(current.timer.elapsed) if current and current.timer else "-",
                current.target_text if current else "-",
                _level(current),
            )
        )
    headers = ["ID", "Agenda", "Pengusul", "Hal", "Langkah", "Berjalan", "Target", "Status"]
    print_table(rows, headers)
    return 0


def _print_timeline(view: RequestView, tz: str) -> None:
    print(
        msg(
            "Permohonan {agenda} (id {id})",
            "Request {agenda} (id {id})",
            agenda=view.agenda,
            id=view.id,
        )
    )
    print(f"  Pengusul : {view.pengusul_name}" + (f" ({view.unit})" if view.unit else ""))
    print(f"  Hal      : {view.hal}")
    print(f"  Sifat    : {view.sifat}")
    if view.nota_dinas_nomor:
        print(f"  Nota dinas: {view.nota_dinas_nomor}")
    print(f"  Diterima : {format_moment(view.received_at, tz, compact=True)}")
    print(f"  Status   : {RunState(view.run_state).label}")
    print()
    rows = []
    for step in view.steps:
        rows.append(
            (
                step.no,
                step.activity[:48],
                Role(step.role).display_name,
                str(StepState(step.state).label),
                format_moment(step.started_at, tz, compact=True) or "-",
                format_moment(step.ended_at, tz, compact=True) or "-",
                step.completed_by or "-",
                _duration(step.timer.elapsed) if step.timer else "-",
                step.target_text,
                _level(step),
            )
        )
    print_table(
        rows,
        [
            "No",
            "Kegiatan",
            "Pelaksana",
            "Keadaan",
            "Mulai",
            "Selesai",
            "Oleh",
            "Durasi",
            "Target",
            "Tingkat",
        ],
    )
    for step in view.steps:
        for started, ended, reason in step.pauses:
            until = format_moment(ended, tz, compact=True) if ended else "…"
            print(f"  ⏸ {step.no}: {format_moment(started, tz, compact=True)} – {until}: {reason}")
        if step.override_reason:
            print(f"  ⚑ {step.no}: {step.override_reason}")


def _show(args: argparse.Namespace, context: AppContext) -> int:
    _print_timeline(context.requests.get(args.id), _tz(context))
    for line in publication_lines(context, args.id):
        print(line)
    return 0


def _cancel(args: argparse.Namespace, context: AppContext) -> int:
    view = context.requests.cancel(actor_for(context, args.by), args.id, args.reason)
    print(msg("Permohonan {agenda} dibatalkan.", "Request {agenda} cancelled.", agenda=view.agenda))
    return 0


def _done(args: argparse.Namespace, context: AppContext) -> int:
    view = context.requests.complete_step(
        actor_for(context, args.by), args.id, args.step, args.override_reason
    )
    _print_timeline(view, _tz(context))
    return 0


def _pause(args: argparse.Namespace, context: AppContext) -> int:
    view = context.requests.pause_step(actor_for(context, args.by), args.id, args.step, args.reason)
    _print_timeline(view, _tz(context))
    return 0


def _resume(args: argparse.Namespace, context: AppContext) -> int:
    view = context.requests.resume_step(actor_for(context, args.by), args.id, args.step)
    _print_timeline(view, _tz(context))
    return 0


def _start(args: argparse.Namespace, context: AppContext) -> int:
    view = context.requests.set_step_start(
        actor_for(context, args.by),
        args.id,
        args.step,
        parse_instant(args.at, _tz(context)),
        args.note,
    )
    _print_timeline(view, _tz(context))
    return 0
