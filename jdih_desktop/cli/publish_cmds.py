"""``jdih publish``, ``jdih outbox list|retry|cancel|run``, ``jdih verify-url``, ``jdih feed``,
``jdih site password``."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import signal
import sys
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from jdih_desktop.cli.common import (
    acting_actor,
    add_by_option,
    data_dir_parent,
    print_table,
    write_output,
)
from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.display import format_moment
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.publishing.outbox_store import (
    AWAITING,
    OPEN_STATES,
    PUBLISHED,
    STATES,
    PublicationView,
)

if TYPE_CHECKING:
    from jdih_desktop.publishing.outbox import Outcome

STATE_LABELS = {
    "queued": msg("antre", "queued"),
    "uploading": msg("mengunggah", "uploading"),
    "published": msg("terbit", "published"),
    "failed": msg("gagal", "failed"),
    "awaiting": msg("menunggu", "awaiting"),
    "cancelled": msg("batal", "cancelled"),
}


def state_label(state: str) -> str:
    label = STATE_LABELS.get(state)
    return str(label) if label is not None else state


MAX_WAIT_SECONDS = 300.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    publish = sub.add_parser(
        "publish", parents=[data_dir_parent()], help="terbitkan keputusan ke situs JDIH"
    )
    publish.add_argument("document", type=int, metavar="DOC_ID", help="id keputusan di arsip")
    publish.add_argument("--to", default=None, metavar="NAME", help="tujuan (bawaan: utama)")
    publish.add_argument("--by", default=None, help="pengguna yang menerbitkan (operator)")
    publish.add_argument("--request", type=int, default=None, help="hubungkan ke permohonan")
    publish.add_argument("--wait", action="store_true", help="unggah sekarang dan tunggu hasil")
    publish.add_argument("--attempts", type=int, default=3, help="percobaan saat --wait")
    publish.set_defaults(handler=_publish)

    outbox = sub.add_parser("outbox", help="antrean penerbitan")
    osub = outbox.add_subparsers(dest="outbox_command", required=True, metavar="PERINTAH")
    listing = osub.add_parser("list", parents=[data_dir_parent()], help="daftar antrean")
    listing.add_argument("--all", action="store_true", help="termasuk yang terbit/batal")
    listing.add_argument("--state", choices=STATES, default=None)
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    listing.set_defaults(handler=_list)
    for name, handler, text in (
        ("retry", _retry, "coba lagi sekarang"),
        ("cancel", _cancel, "batalkan"),
    ):
        parser = osub.add_parser(name, parents=[data_dir_parent()], help=text)
        parser.add_argument("id", type=int, help="id publikasi")
        parser.add_argument("--by", default=None)
        parser.set_defaults(handler=handler)
    run = osub.add_parser("run", parents=[data_dir_parent()], help="jalankan pengunggah")
    run.add_argument("--once", action="store_true", help="proses yang jatuh tempo lalu keluar")
    add_by_option(run)
    run.set_defaults(handler=_run)

    verify = sub.add_parser(
        "verify-url", parents=[data_dir_parent()], help="buktikan URL publik sebuah keputusan"
    )
    verify.add_argument("document", type=int, metavar="DOC_ID")
    verify.add_argument("url", metavar="URL")
    verify.add_argument("--to", default=None, metavar="NAME")
    verify.add_argument("--by", default=None)
    verify.add_argument(
        "--override-reason", default=None, help="catat tanpa bukti bila situs tak terjangkau"
    )
    verify.set_defaults(handler=_verify_url)

    feed = sub.add_parser("feed", parents=[data_dir_parent()], help="feed JDIHN (document.json)")
    feed.add_argument("-o", "--output", default=None, help="berkas keluaran (bawaan: layar)")
    feed.add_argument("--site", default=None, help="alamat situs (bawaan: situs tujuan)")
    feed.add_argument("--to", default=None, metavar="NAME", help="tujuan (bawaan: utama)")
    feed.set_defaults(handler=_feed)

    site = sub.add_parser("site", help="situs JDIH tujuan penerbitan")
    ssub = site.add_subparsers(dest="site_command", required=True, metavar="PERINTAH")
    password = ssub.add_parser(
        "password",
        parents=[data_dir_parent()],
        help="simpan kata sandi/token situs di keyring (dibaca dari stdin, tidak ditampilkan)",
    )
    password.add_argument("--target", default=None, metavar="NAME", help="bawaan: utama")
    password.add_argument(
        "--user", default=None, help="hanya akun ini (mis. nama verifikator); bawaan: semua"
    )
    password.add_argument("--check", action="store_true", help="lalu uji login ke situs")
    password.set_defaults(handler=_site_password)


def _actor(context: AppContext, username: str | None) -> Actor:
    return acting_actor(context, username)


def _tz(context: AppContext) -> str:
    return context.office.profile().timezone


def _describe(view: PublicationView, tz: str) -> str:
    state = state_label(view.state)
    if view.state == PUBLISHED:
        proof = (
            msg(
                "SHA-256 {sha} cocok, diperiksa {at}",
                "SHA-256 {sha} matches, checked {at}",
                sha=view.verified_sha256[:12],
                at=format_moment(view.verified_at, tz, compact=True),
            )
            if view.verified_at
            else msg("tanpa bukti: {note}", "unproven: {note}", note=view.note)
        )
        return str(
            msg(
                "Publikasi {id}: {state} di {url} ({proof}).",
                "Publication {id}: {state} at {url} ({proof}).",
                id=view.id,
                state=state,
                url=view.url,
                proof=str(proof),
            )
        )
    if view.state == AWAITING:
        return str(
            msg(
                "Publikasi {id}: {state}. {note}",
                "Publication {id}: {state}. {note}",
                id=view.id,
                state=state,
                note=view.note,
            )
        )
    text = str(msg("Publikasi {id}: {state}", "Publication {id}: {state}", id=view.id, state=state))
    if view.last_error:
        text += f" — {view.last_error}"
    if view.next_try_at:
        text += str(
            msg(
                " (dicoba lagi {at})",
                " (next try {at})",
                at=format_moment(view.next_try_at, tz, compact=True),
            )
        )
    return text


def _print_outcome(outcome: Outcome, tz: str) -> None:
    print(_describe(outcome.publication, tz))
    for request_id in outcome.steps.completed:
        print(
            msg(
                "Langkah 4 permohonan {id} selesai: {url}",
                "Step 4 of request {id} done: {url}",
                id=request_id,
                url=outcome.publication.url,
            )
        )
    for request_id, problem in outcome.steps.problems:
        print(
            msg(
                "Langkah 4 permohonan {id} belum selesai: {problem}",
                "Step 4 of request {id} not done: {problem}",
                id=request_id,
                problem=str(problem),
            )
        )


def publication_lines(context: AppContext, request_id: int) -> list[str]:
    """The decree's publications, for ``jdih request show``: step 4's proof, with its URL."""
    document_id = context.outbox.steps.document_of(request_id)
    if document_id is None:
        return []
    tz = _tz(context)
    views = context.outbox.store.rows(document_id=document_id)
    lines = [str(msg("Penerbitan keputusan {id}:", "Publication of decree {id}:", id=document_id))]
    return ["", *lines, *(f"  {_describe(view, tz)}" for view in views)] if views else []


def _publish(args: argparse.Namespace, context: AppContext) -> int:
    actor = _actor(context, args.by)
    outbox = context.outbox
    if args.request is not None:
        outbox.steps.link(actor, args.request, args.document)
    view = outbox.enqueue(actor, args.document, args.to)
    print(view.id)
    tz = _tz(context)
    if view.state == PUBLISHED:
        from jdih_desktop.publishing.outbox import Outcome

        print(_describe(view, tz))
        steps = outbox.steps.complete(actor, args.document)
        _print_outcome(Outcome(view, steps), tz)
        return 0
    if not args.wait:
        print(
            msg(
                "Masuk antrean; diunggah oleh pengunggah latar (jdih outbox run atau aplikasi).",
                "Queued; the background uploader sends it (jdih outbox run or the app).",
            )
        )
        return 0
    stop = threading.Event()
    for attempt in range(max(args.attempts, 1)):
        outcome = outbox.process(view.id)
        if outcome is None:
            print(_describe(outbox.store.get(view.id), tz))
            return 0
        _print_outcome(outcome, tz)
        current = outcome.publication
        if current.state in (PUBLISHED, AWAITING):
            return 0
        if current.next_try_at is None or attempt + 1 >= args.attempts:
            return 1
        wait = (current.next_try_at - outbox.now()).total_seconds()
        stop.wait(min(max(wait, 0.0), MAX_WAIT_SECONDS))
    return 1


def _list(args: argparse.Namespace, context: AppContext) -> int:
    states = [args.state] if args.state else (None if args.all else list(OPEN_STATES))
    views = context.outbox.store.rows(states=states)
    if args.json:
        print(json.dumps([_as_json(v) for v in views], ensure_ascii=False, indent=1))
        return 0
    if not views:
        print(msg("Antrean penerbitan kosong.", "The publishing outbox is empty."))
        return 0
    tz = _tz(context)
    rows = [
        (
            v.id,
            v.document_id,
            v.target,
            state_label(v.state),
            v.attempts,
            format_moment(v.next_try_at, tz, compact=True) or "-",
            v.url or "-",
            (v.last_error or v.note or "-")[:60],
        )
        for v in views
    ]
    print_table(rows, ["ID", "Dokumen", "Tujuan", "Status", "Coba", "Berikutnya", "URL", "Catatan"])
    return 0


def _as_json(view: PublicationView) -> dict[str, object]:
    def moment(value: datetime | None) -> str | None:
        return value.astimezone(UTC).isoformat() if value else None

    return {
        "id": view.id,
        "document_id": view.document_id,
        "target": view.target,
        "state": view.state,
        "attempts": view.attempts,
        "last_error": view.last_error,
        "next_try_at": moment(view.next_try_at),
        "remote_id": view.remote_id,
        "url": view.url,
        "verified_at": moment(view.verified_at),
        "verified_sha256": view.verified_sha256,
        "note": view.note,
    }


def _retry(args: argparse.Namespace, context: AppContext) -> int:
    view = context.outbox.retry(_actor(context, args.by), args.id)
    print(_describe(view, _tz(context)))
    return 0


def _cancel(args: argparse.Namespace, context: AppContext) -> int:
    view = context.outbox.cancel(_actor(context, args.by), args.id)
    print(_describe(view, _tz(context)))
    return 0


def _run(args: argparse.Namespace, context: AppContext) -> int:
    acting_actor(context, args.by, Action.PUBLISH)
    tz = _tz(context)
    outbox = context.outbox
    if args.once:
        outbox.recover()
        outcomes = outbox.run_until_idle()
        for outcome in outcomes:
            _print_outcome(outcome, tz)
        return 1 if any(o.publication.state == "failed" for o in outcomes) else 0
    from jdih_desktop.publishing.runner import OutboxRunner

    runner = OutboxRunner(outbox, on_outcome=lambda outcome: _print_outcome(outcome, tz))
    signal.signal(signal.SIGTERM, lambda *_: runner.stop(timeout=0))
    print(msg("Pengunggah berjalan (Ctrl+C untuk berhenti).", "Uploader running (Ctrl+C stops)."))
    with contextlib.suppress(KeyboardInterrupt):
        runner.run()
    return 0


def _verify_url(args: argparse.Namespace, context: AppContext) -> int:
    outcome = context.outbox.confirm_url(
        _actor(context, args.by),
        args.document,
        args.url,
        target=args.to,
        override_reason=args.override_reason,
    )
    _print_outcome(outcome, _tz(context))
    return 0


def _feed(args: argparse.Namespace, context: AppContext) -> int:
    from jdih_desktop.publishing.feed import dumps_feed, validate_feed
    from jdih_desktop.publishing.site_feed import proven_feed

    targets = context.outbox.targets
    name = targets.resolve(args.to)
    profile = targets.profile(name)
    office = context.office.profile()
    site = (
        args.site
        or str(profile.get("base_url") or profile.get("site_base_url") or "")
        or office.website
    )
    feed = proven_feed(
        context.outbox.store,
        context.archive,
        target=name,
        kind=targets.kind(name),
        site_base_url=site,
        teu_badan=lambda: office.teu_badan,
    )
    validate_feed(feed)
    write_output(dumps_feed(feed).decode("utf-8") + "\n", args.output)
    if args.output not in (None, "-"):
        print(
            msg(
                "{count} dokumen ditulis ke {path} (sesuai skema JDIHN).",
                "{count} documents written to {path} (valid against the JDIHN schema).",
                count=len(feed),
                path=args.output,
            )
        )
    return 0


def _site_password(args: argparse.Namespace, context: AppContext) -> int:
    """Store each secret the target needs, one line of standard input each (a terminal
    prompts without echo); the secret goes to the keyring only, never to output or logs."""
    from jdih_desktop.publishing.factory import required_secrets

    targets = context.outbox.targets
    name = targets.resolve(args.target)
    specs = required_secrets(targets.profile(name))
    if args.user:
        specs = [s for s in specs if s.account.endswith(f":{args.user}")]
    if not specs:
        print(
            msg(
                "Tujuan {name} tidak memerlukan kata sandi{user}.",
                "The target {name} needs no password{user}.",
                name=name,
                user=f" ({args.user})" if args.user else "",
            ),
            file=sys.stderr,
        )
        return 2
    for spec in specs:
        secret = _read_secret(f"{spec.label} ({spec.account}): ")
        targets.credentials.set_secret(spec.account, secret)
        print(
            msg(
                "Tersimpan di keyring untuk {account}.",
                "Stored in the keyring for {account}.",
                account=spec.account,
            )
        )
    if args.check:
        targets.publisher(name).check()
        print(msg("Login ke situs berhasil.", "Logging in to the site works."))
    return 0


def _read_secret(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")
