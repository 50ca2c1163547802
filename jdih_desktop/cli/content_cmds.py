"""``jdih konten …``: social-media content items through SOP b, step by step.

new|list|show|done|pause|resume|cancel mirror ``jdih request``/``jdih step``; meeting, draft,
design attach|remove, review approve|changes, publish record and engagement record each
step's data; check reports attachments missing from the file store.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdih_desktop.cli.common import actor_for, data_dir_parent, parse_instant, print_table
from jdih_desktop.cli.request_cmds import _duration, _level, _tz
from jdih_desktop.context import AppContext
from jdih_desktop.domain.display import format_moment
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop_run import RunState, StepState
from jdih_desktop.workflow.content_views import ContentView

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def _add(sub: Sub, name: str, help_text: str, *, item: bool = True, by: bool = True) -> Any:
    parser = sub.add_parser(name, parents=[data_dir_parent()], help=help_text)
    if item:
        parser.add_argument("id", type=int, help="id konten")
    if by:
        parser.add_argument("--by", required=True, help="pengguna yang mencatat")
    return parser


def register(sub: Sub) -> None:
    konten = sub.add_parser("konten", help="konten media sosial JDIH (SOP b)")
    ks = konten.add_subparsers(dest="konten_command", required=True, metavar="PERINTAH")
    new = _add(ks, "new", "konten baru (langkah 1, rapat tim, mulai berjalan)", item=False)
    new.add_argument("--judul", required=True, help="judul konten")
    new.add_argument("--rencana", type=date.fromisoformat, default=None, help="rencana tayang")
    new.add_argument("--started-at", default=None, help="mulai rapat (YYYY-MM-DD HH:MM)")
    new.set_defaults(handler=_new)
    listing = _add(ks, "list", "daftar konten", item=False, by=False)
    listing.add_argument("--late", action="store_true", help="hanya yang terlambat")
    listing.add_argument("--all", action="store_true", help="termasuk yang selesai/batal")
    listing.set_defaults(handler=_list)
    _add(ks, "show", "linimasa dan data konten", by=False).set_defaults(handler=_show)
    done = _add(ks, "done", "selesaikan langkah")
    done.add_argument("step", type=int, help="nomor langkah")
    done.add_argument("--override-reason", default=None, help="alasan (Kasubag menggantikan)")
    done.set_defaults(handler=_done)
    pause = _add(ks, "pause", "jeda langkah")
    pause.add_argument("step", type=int)
    pause.add_argument("--reason", required=True)
    pause.set_defaults(handler=_pause)
    resume = _add(ks, "resume", "lanjutkan langkah")
    resume.add_argument("step", type=int)
    resume.set_defaults(handler=_resume)
    cancel = _add(ks, "cancel", "batalkan konten")
    cancel.add_argument("--reason", required=True)
    cancel.set_defaults(handler=_cancel)

    meeting = _add(ks, "meeting", "langkah 1: notulen rapat tim")
    meeting.add_argument("--date", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    meeting.add_argument("--attendees", required=True, help="peserta rapat")
    meeting.add_argument("--theme", required=True, help="tema konten")
    meeting.add_argument("--minutes", default="", help="notula (teks)")
    meeting.add_argument("--scan", type=Path, default=None, help="pindaian notula (PDF/gambar)")
    meeting.set_defaults(handler=_meeting)
    draft = _add(ks, "draft", "langkah 2: rancangan materi")
    draft.add_argument("--text", required=True, help="rancangan materi")
    draft.add_argument("--data", default="", help="data dukung")
    draft.set_defaults(handler=_draft)

    design = ks.add_parser("design", help="langkah 3: berkas desain per platform")
    ds = design.add_subparsers(dest="design_command", required=True, metavar="PERINTAH")
    attach = _add(ds, "attach", "lampirkan desain (gambar atau video)")
    attach.add_argument("file", type=Path)
    attach.add_argument("--platform", required=True)
    attach.set_defaults(handler=_attach)
    remove = _add(ds, "remove", "hapus desain")
    remove.add_argument("design_id", type=int)
    remove.set_defaults(handler=_remove)

    review = ks.add_parser("review", help="langkah 4: reviu tim")
    rs = review.add_subparsers(dest="review_command", required=True, metavar="PERINTAH")
    approve = _add(rs, "approve", "setujui desain (langkah 4 selesai)")
    approve.add_argument("--comment", default="")
    approve.set_defaults(handler=_approve)
    changes = _add(rs, "changes", "minta perubahan (kembali ke desain)")
    changes.add_argument("--comment", required=True)
    changes.set_defaults(handler=_changes)

    publish = ks.add_parser("publish", help="langkah 5: unggahan")
    ps = publish.add_subparsers(dest="publish_command", required=True, metavar="PERINTAH")
    record = _add(ps, "record", "catat unggahan pada satu platform")
    record.add_argument("--platform", required=True)
    record.add_argument("--url", required=True)
    record.add_argument("--at", default=None, help="waktu tayang (YYYY-MM-DD HH:MM)")
    record.set_defaults(handler=_publish)

    engagement = _add(ks, "engagement", "langkah 6: angka keterlibatan satu unggahan")
    engagement.add_argument("post_id", type=int, help="id unggahan (lihat konten show)")
    for name in ("reach", "likes", "comments", "shares"):
        engagement.add_argument(f"--{name}", type=int, required=True)
    engagement.set_defaults(handler=_engagement)

    check = _add(ks, "check", "periksa berkas lampiran konten", item=False, by=False)
    check.set_defaults(handler=_check)


def _print(view: ContentView, tz: str) -> None:
    print(msg("Konten {id}: {title}", "Content {id}: {title}", id=view.id, title=view.title))
    if view.theme:
        print(f"  Tema     : {view.theme}")
    if view.planned_date:
        print(f"  Rencana  : {format_moment(view.planned_date, tz)}")
    print(f"  Status   : {RunState(view.run_state).label}")
    print()
    rows = [
        (
            s.no,
            s.activity[:44],
            Role(s.role).display_name,
            str(StepState(s.state).label),
            format_moment(s.started_at, tz, compact=True) or "-",
            format_moment(s.ended_at, tz, compact=True) or "-",
            s.completed_by or "-",
            _duration(s.timer.elapsed) if s.timer else "-",
            s.target_text,
            _level(s),
        )
        for s in view.steps
    ]
    headers = ["No", "Kegiatan", "Pelaksana", "Keadaan", "Mulai", "Selesai", "Oleh"]
    print_table(rows, [*headers, "Durasi", "Target", "Tingkat"])
    if view.meeting:
        m = view.meeting
        scan = f" · pindaian {m.scan_file_name}" if m.scan_sha256 else ""
        print(f"\nRapat {format_moment(m.held_on, tz)}: {m.attendees}{scan}")
    if view.draft:
        print(f"Rancangan: {view.draft.text[:200]}")
    for d in view.designs:
        print(f"Desain {d.id}: {d.platform} · {d.file_name} ({d.kind})")
    for r in view.reviews:
        decision = "setuju" if r.decision == "approved" else "minta perubahan"
        when = format_moment(r.at, tz, compact=True)
        print(f"Reviu {when} oleh {r.by}: {decision}" + (f" — {r.comment}" if r.comment else ""))
    for p in view.posts:
        figures = (
            f" · jangkauan {p.reach}, suka {p.likes}, komentar {p.comments}, dibagikan {p.shares}"
            if p.has_engagement
            else ""
        )
        when = format_moment(p.published_at, tz, compact=True)
        print(f"Unggahan {p.id}: {p.platform} {p.url} ({when}){figures}")


def _shown(context: AppContext, view: ContentView) -> int:
    _print(view, _tz(context))
    return 0


def _new(args: argparse.Namespace, context: AppContext) -> int:
    tz = _tz(context)
    view = context.content.create(
        actor_for(context, args.by),
        title=args.judul,
        planned_date=args.rencana,
        started_at=parse_instant(args.started_at, tz) if args.started_at else None,
    )
    print(view.id)
    print(
        msg(
            "Konten {id} dicatat; langkah 1 (rapat tim) berjalan.",
            "Content {id} recorded; step 1 (team meeting) running.",
            id=view.id,
        )
    )
    return 0


def _list(args: argparse.Namespace, context: AppContext) -> int:
    views = context.content.list(include_closed=args.all)
    views = [v for v in views if v.late] if args.late else views
    if not views:
        print(msg("Tidak ada konten.", "No content items."))
        return 0
    rows = []
    for v in views:
        current = v.current_step
        rows.append(
            (
                v.id,
                v.title[:40],
                v.theme[:30] or "-",
                f"{current.no}. {current.key}" if current else str(RunState(v.run_state).label),
                _duration(current.timer.elapsed) if current and current.timer else "-",
                current.target_text if current else "-",
                _level(current),
            )
        )
    print_table(rows, ["ID", "Judul", "Tema", "Langkah", "Berjalan", "Target", "Status"])
    return 0


def _show(args: argparse.Namespace, context: AppContext) -> int:
    return _shown(context, context.content.get(args.id))


def _done(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    view = context.content.complete_step(actor, args.id, args.step, args.override_reason)
    return _shown(context, view)


def _pause(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    return _shown(context, context.content.pause_step(actor, args.id, args.step, args.reason))


def _resume(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    return _shown(context, context.content.resume_step(actor, args.id, args.step))


def _cancel(args: argparse.Namespace, context: AppContext) -> int:
    context.content.cancel(actor_for(context, args.by), args.id, args.reason)
    print(msg("Konten {id} dibatalkan.", "Content {id} cancelled.", id=args.id))
    return 0


def _meeting(args: argparse.Namespace, context: AppContext) -> int:
    view = context.content.record_meeting(
        actor_for(context, args.by),
        args.id,
        held_on=args.date,
        attendees=args.attendees,
        theme=args.theme,
        minutes=args.minutes,
        scan=args.scan,
    )
    return _shown(context, view)


def _draft(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    view = context.content.save_draft(actor, args.id, text=args.text, supporting_data=args.data)
    return _shown(context, view)


def _attach(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    view = context.content.attach_design(actor, args.id, platform=args.platform, path=args.file)
    return _shown(context, view)


def _remove(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    return _shown(context, context.content.remove_design(actor, args.id, args.design_id))


def _approve(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    view = context.content.review(actor, args.id, approve=True, comment=args.comment)
    return _shown(context, view)


def _changes(args: argparse.Namespace, context: AppContext) -> int:
    actor = actor_for(context, args.by)
    view = context.content.review(actor, args.id, approve=False, comment=args.comment)
    return _shown(context, view)


def _publish(args: argparse.Namespace, context: AppContext) -> int:
    view = context.content.record_post(
        actor_for(context, args.by),
        args.id,
        platform=args.platform,
        url=args.url,
        published_at=parse_instant(args.at, _tz(context)) if args.at else None,
    )
    return _shown(context, view)


def _engagement(args: argparse.Namespace, context: AppContext) -> int:
    view = context.content.record_engagement(
        actor_for(context, args.by),
        args.id,
        args.post_id,
        reach=args.reach,
        likes=args.likes,
        comments=args.comments,
        shares=args.shares,
    )
    return _shown(context, view)


def _check(args: argparse.Namespace, context: AppContext) -> int:
    problems = context.content.check_files()
    for problem in problems:
        print(f"- {problem.message}")
    if problems:
        print(msg("Hasil: {n} masalah ditemukan.", "Result: {n} problems found.", n=len(problems)))
        return 1
    print(msg("Semua berkas lampiran konten utuh.", "Every content attachment is intact."))
    return 0
