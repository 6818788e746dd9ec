"""Invitations: the link (pasted however a mail client mangles it), the short code, one-time use,
expiry, and the code-authenticated exchange with the host over a real socket on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from facilitation.sync import SyncedMeeting, SyncError
from facilitation.sync.invitations import (
    MAX_CODE_FAILURES,
    Invitation,
    InvitationDesk,
    JoinCode,
    ask,
    code_of,
    parse_join_text,
    read_answer,
)
from facilitation.sync.net import redeem
from facilitation.sync.roles import Role
from tests.factories import T0
from tests.sync.streams import shared_start

NOW = datetime(2026, 12, 2, 18, 30, tzinfo=UTC)


class StepClock:
    """A clock the test moves (``ahead``), never slept on."""

    def __init__(self, start: datetime = NOW) -> None:
        self.start = start
        self.ahead = 0.0
        self._mono0 = time.monotonic()

    def monotonic(self) -> float:
        return time.monotonic() - self._mono0 + self.ahead

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.monotonic())


def _invitation(**changes: Any) -> Invitation:
    """An invitation with every field set, ``changes`` replacing some (by field name)."""
    plain = Invitation(
        meeting_id="m-shared",
        title="Assemblée du 2 décembre & co",
        host_name="Portable de Samia",
        addresses=("ws://192.168.1.20:8765", "ws://127.0.0.1:8765"),
        role=Role.NOTETAKER,
        token="q2dOPVHEF0ldoa1C5qN8uw",
        expires=NOW + timedelta(minutes=15),
    )
    return dataclasses.replace(plain, **changes)


# -- the link and the code, without any network ------------------------------------------------------


def test_a_link_reads_back_as_the_same_invitation() -> None:
    inv = _invitation()
    link = inv.link()
    assert link.startswith("facilitation://join?") and " " not in link
    assert parse_join_text(link, now=NOW) == inv
    assert inv.qr_text() == link
    # on the LAN the key is not in the link: it comes from the host, sealed
    assert "&k=" not in link


def test_a_relay_link_carries_the_key() -> None:
    inv = _invitation(addresses=(), relays=("wss://relay.example:443",), key="A" * 43)
    back = parse_join_text(inv.link(), now=NOW)
    assert isinstance(back, Invitation) and back.key == "A" * 43 and back.relays == inv.relays


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: f"  <{s}>  ",
        lambda s: f'"{s}"',
        lambda s: f"Voici l'invitation : {s}\nÀ tout à l'heure !",
        lambda s: "\n> ".join(s[i : i + 60] for i in range(0, len(s), 60)),  # a mail's wrapping
        lambda s: s.replace("&", "&\n  "),
        lambda s: s.replace("facilitation://", "FACILITATION://"),
    ],
)
def test_a_pasted_link_is_read_however_it_was_wrapped(mangle: object) -> None:
    inv = _invitation()
    assert callable(mangle)
    assert parse_join_text(mangle(inv.link()), now=NOW) == inv


def test_a_cut_damaged_future_or_expired_link_says_what_is_wrong() -> None:
    link = _invitation().link()
    with pytest.raises(SyncError, match="cut short"):
        parse_join_text(link[: len(link) // 2], now=NOW)
    damaged = link.replace("Samia", "Samla")
    with pytest.raises(SyncError, match="damaged"):
        parse_join_text(damaged, now=NOW)
    future = link.replace("?v=1&", "?v=2&")
    with pytest.raises(SyncError, match="newer version"):
        parse_join_text(future, now=NOW)
    with pytest.raises(SyncError, match="expired"):
        parse_join_text(link, now=NOW + timedelta(minutes=16))
    with pytest.raises(SyncError, match="neither"):
        parse_join_text("bonjour tout le monde", now=NOW)


def test_a_code_is_short_grouped_and_typed_back_any_way() -> None:
    inv = _invitation()
    code = inv.code()
    assert len(code) == 13 and code[4] == "-" and code[9] == "-"
    assert not set(code) & set("ILOU")
    plain = code.replace("-", "")
    for typed in (code, plain.lower(), " ".join(plain), plain.replace("0", "O").replace("1", "I")):
        assert parse_join_text(typed) == JoinCode(plain)
    # 50 bits from 128: two tokens give two codes
    assert code_of("AAAAAAAAAAAAAAAAAAAAAA") != code_of("AAAAAAAAAAAAAAAAAAAAAQ")


def test_a_mistyped_code_says_so() -> None:
    plain = _invitation().code().replace("-", "")
    wrong = ("X" if plain[3] != "X" else "Y").join((plain[:3], plain[4:]))
    with pytest.raises(SyncError, match="typo"):
        parse_join_text(wrong)
    swapped = plain[:2] + plain[3] + plain[2] + plain[4:]
    if swapped != plain:
        with pytest.raises(SyncError, match="typo"):
            parse_join_text(swapped)
    with pytest.raises(SyncError, match="11 characters"):
        parse_join_text(plain[:-2])


def test_the_qr_code_encodes_the_link() -> None:
    matrix = _invitation().qr_matrix()
    assert len(matrix) >= 29 and all(len(row) == len(matrix) for row in matrix)
    assert any(any(row) for row in matrix) and not all(all(row) for row in matrix)


# -- the host's desk ----------------------------------------------------------------------------------


def _desk(folder: Path) -> InvitationDesk:
    return InvitationDesk(folder, lambda: {"meeting": "m", "key": "K" * 43})


def test_the_exchange_hands_the_key_only_to_who_knows_the_code(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    token, _ = desk.issue(Role.VIEWER, timedelta(minutes=5), NOW)
    asking = ask("code", code_of(token), "dev1", "Téléphone")
    answer = desk.answer(asking.request, NOW)
    assert b"K" * 43 not in answer  # sealed to the device
    grant = read_answer(asking, answer)
    assert grant["key"] == "K" * 43 and grant["role"] == "viewer"
    # an answer from anyone who does not know the code is not believed
    forged = json.loads(answer)
    forged["mac"] = "A" * 43
    with pytest.raises(SyncError, match="did not come from the meeting's host"):
        read_answer(asking, json.dumps(forged).encode())


def test_wrong_codes_lock_every_open_code(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    token, _ = desk.issue(Role.NOTETAKER, timedelta(minutes=5), NOW)
    for tries in range(MAX_CODE_FAILURES):
        asking = ask("code", f"{tries:010d}0", "attacker", "x")
        with pytest.raises(SyncError) as refused:
            read_answer(asking, desk.answer(asking.request, NOW))
        left = MAX_CODE_FAILURES - tries - 1
        assert ("too many wrong codes" in str(refused.value)) == (left == 0)
    good = ask("code", code_of(token), "dev", "x")
    with pytest.raises(SyncError, match="too many wrong codes"):
        read_answer(good, desk.answer(good.request, NOW))
    # the link (128 bits) still works
    link = ask("token", token, "dev", "x")
    assert read_answer(link, desk.answer(link.request, NOW))["role"] == "notetaker"


def test_used_tokens_stay_used_after_a_restart(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    token, _ = desk.issue(Role.NOTETAKER, timedelta(minutes=5), NOW)
    first = ask("token", token, "dev", "x")
    read_answer(first, desk.answer(first.request, NOW))
    again = _desk(tmp_path)  # the host restarted
    second = ask("code", code_of(token), "other", "x")
    with pytest.raises(SyncError, match="already been used"):
        read_answer(second, again.answer(second.request, NOW))
    assert (tmp_path / InvitationDesk.FILE).stat().st_mode & 0o777 == 0o600


def test_an_expired_invitation_is_refused_by_the_host(tmp_path: Path) -> None:
    desk = _desk(tmp_path)
    token, _ = desk.issue(Role.NOTETAKER, timedelta(minutes=5), NOW)
    late = ask("token", token, "dev", "x")
    with pytest.raises(SyncError, match="expired"):
        read_answer(late, desk.answer(late.request, NOW + timedelta(minutes=6)))


@pytest.mark.parametrize("garbage", [b"", b"{}", b"[1]", b"\xff" * 40, b'{"v":1,"mode":"code"}'])
def test_garbage_requests_are_refused_politely(tmp_path: Path, garbage: bytes) -> None:
    answer = json.loads(_desk(tmp_path).answer(garbage, NOW))
    assert answer == {"v": 1, "ok": False, "error": "bad", "left": 0}


# -- over the network, two devices in this process ------------------------------------------------------


def _settle(*devices: SyncedMeeting, until: object = None, limit: float = 20.0) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        for d in devices:
            d.pump(0.01)
        if callable(until) and until():
            return
    assert until is None, "not reached in time"


def test_join_by_link_then_by_code_each_once(tmp_path: Path) -> None:
    clock = StepClock(T0)
    host = SyncedMeeting.share(shared_start(), tmp_path / "h", clock=clock)
    joined: list[SyncedMeeting] = []
    try:
        host.host("127.0.0.1", 0)
        link = host.invite(Role.NOTETAKER, timedelta(minutes=15))
        code = host.invite(Role.VIEWER, timedelta(minutes=15))
        inv = parse_join_text(link.link(), now=clock.now())
        assert isinstance(inv, Invitation)
        a = SyncedMeeting.join_invitation(inv, tmp_path / "a", "Portable de Jo", clock=clock)
        joined.append(a)
        typed = parse_join_text(code.code().lower())
        assert isinstance(typed, JoinCode)
        b = SyncedMeeting.join_invitation(
            typed, tmp_path / "b", "Projecteur", clock=clock, address=link.addresses[0][5:]
        )
        joined.append(b)
        _settle(host, a, b, until=lambda: a.ready and b.ready)
        assert a.live.meeting.details.title == host.live.meeting.details.title
        # the host granted each the invitation's role, to the device that redeemed it
        ids = (a.identity.device_id, b.identity.device_id)
        _settle(host, until=lambda: all(host.role_of(d) is not None for d in ids))
        assert [host.role_of(d) for d in ids] == [Role.NOTETAKER, Role.VIEWER]
        assert (a.my_role, b.my_role) == (Role.NOTETAKER, Role.VIEWER)
        # the same link or code a second time: refused, nothing joined
        with pytest.raises(SyncError, match="already been used"):
            SyncedMeeting.join_invitation(inv, tmp_path / "c", "Intrus", clock=clock)
        with pytest.raises(SyncError, match="already been used"):
            SyncedMeeting.join_invitation(
                typed, tmp_path / "d", "Intrus", clock=clock, address=link.addresses[0]
            )
        assert not (tmp_path / "c").exists() and not (tmp_path / "d").exists()
    finally:
        for d in joined:
            d.close()
        host.close()


def test_an_expired_invitation_is_refused_and_a_wrong_code_counted(tmp_path: Path) -> None:
    clock = StepClock(T0)
    host = SyncedMeeting.share(shared_start(), tmp_path / "h", clock=clock)
    try:
        host.host("127.0.0.1", 0)
        inv = host.invite(Role.NOTETAKER, timedelta(minutes=5))
        address = inv.addresses[0]
        with pytest.raises(SyncError, match=r"4 tries left"):
            SyncedMeeting.join_invitation(
                JoinCode("0000000000" + "0"), tmp_path / "x", "x", clock=clock, address=address
            )
        clock.ahead += 301  # the host's clock passes the expiry
        with pytest.raises(SyncError, match="expired"):
            SyncedMeeting.join_invitation(
                JoinCode(inv.code().replace("-", "")),
                tmp_path / "y",
                "y",
                clock=StepClock(T0),  # the device's own clock is behind: the host decides
                address=address,
            )
        with pytest.raises(SyncError, match="expired"):
            SyncedMeeting.join_invitation(inv, tmp_path / "z", "z", clock=clock)
    finally:
        host.close()


def test_only_the_host_invites_and_only_when_shared(tmp_path: Path) -> None:
    host = SyncedMeeting.share(shared_start(), tmp_path / "h")
    try:
        with pytest.raises(SyncError, match="share the meeting"):
            host.invite(Role.VIEWER, timedelta(minutes=5))
        host.host("127.0.0.1", 0)
        with pytest.raises(SyncError, match="one host"):
            host.invite(Role.HOST, timedelta(minutes=5))
        with pytest.raises(SyncError, match="valid for some time"):
            host.invite(Role.VIEWER, timedelta(0))
        inv = host.invite(Role.NOTETAKER, timedelta(minutes=5))
        joined = SyncedMeeting.join_invitation(inv, tmp_path / "a", "a")
        try:
            with pytest.raises(SyncError, match="only the host"):
                joined.invite(Role.VIEWER, timedelta(minutes=5))
        finally:
            joined.close()
    finally:
        host.close()


def test_a_relay_refuses_invitation_requests(tmp_path: Path) -> None:
    from facilitation.sync.net import SyncServer

    relay = SyncServer("127.0.0.1", 0, tmp_path / "relay")
    relay.start()
    try:
        with pytest.raises(SyncError, match="does not answer"):
            redeem(relay.url, b"{}", timeout=2)
    finally:
        relay.stop()


def test_a_host_that_is_not_there_is_said(tmp_path: Path) -> None:
    from tests.sync.conftest import free_port

    inv = _invitation(
        addresses=(f"ws://127.0.0.1:{free_port()}",),
        expires=datetime.now(UTC) + timedelta(minutes=5),
    )
    with pytest.raises(SyncError, match="does not answer"):
        SyncedMeeting.join_invitation(inv, tmp_path / "a", "a")


class _Tap:
    """A TCP forwarder on 127.0.0.1 that keeps every byte both ways: the network's view."""

    def __init__(self, target_port: int) -> None:
        import socket
        import threading

        self.seen = bytearray()
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._target = target_port
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def _accept(self) -> None:
        import socket
        import threading

        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._target))
            for a, b in ((client, upstream), (upstream, client)):
                t = threading.Thread(target=self._pipe, args=(a, b), daemon=True)
                t.start()
                self._threads.append(t)

    def _pipe(self, src: object, dst: object) -> None:
        import socket

        assert isinstance(src, socket.socket) and isinstance(dst, socket.socket)
        src.settimeout(0.2)
        while not self._stop.is_set():
            try:
                data = src.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not data:
                break
            with self._lock:
                self.seen += data
            try:
                dst.sendall(data)
            except OSError:
                break
        for s in (src, dst):
            s.close()

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        for t in self._threads:
            t.join(5)


def test_the_key_never_crosses_the_network_in_clear_and_a_stranger_reads_nothing(
    tmp_path: Path,
) -> None:
    import base64

    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    host = SyncedMeeting.share(shared_start(), tmp_path / "h")
    tap: _Tap | None = None
    joined: SyncedMeeting | None = None
    try:
        host.host("127.0.0.1", 0)
        assert host.server is not None
        tap = _Tap(host.server.port)
        inv = host.invite(Role.NOTETAKER, timedelta(minutes=5))
        joined = SyncedMeeting.join_invitation(
            JoinCode(inv.code().replace("-", "")),
            tmp_path / "a",
            "Portable de Jo",
            address=f"127.0.0.1:{tap.port}",
        )
        _settle(host, joined, until=lambda: joined is not None and joined.ready)
        _settle(host, joined, limit=0.5)
        key = host.replica.key
        with tap._lock:
            wire = bytes(tap.seen)
        assert len(wire) > 1000  # the meeting went through the tap
        for secret in (key.raw, key.text().encode(), base64.b64encode(key.raw)):
            assert secret not in wire
        for plain in (b"Portable de Jo", "Réunion de test".encode(), inv.token.encode()):
            assert plain not in wire
        # a stranger on the LAN, without the invitation: no room without the key, no key asked
        room = f"ws://127.0.0.1:{host.server.port}/{'0' * 32}"
        with (
            connect(room, open_timeout=5) as ws,
            pytest.raises(ConnectionClosed, match="no such meeting"),
        ):
            ws.recv(timeout=5)
        stranger = ask("token", "AAAAAAAAAAAAAAAAAAAAAA", "x", "x")
        with pytest.raises(SyncError, match="does not know this invitation"):
            read_answer(stranger, redeem(f"ws://127.0.0.1:{host.server.port}", stranger.request))
    finally:
        if joined is not None:
            joined.close()
        host.close()
        if tap is not None:
            tap.close()


def test_each_refusal_says_why_for_the_windows(tmp_path: Path) -> None:
    from facilitation.sync import InvitationError

    desk = _desk(tmp_path)
    token, _ = desk.issue(Role.NOTETAKER, timedelta(minutes=5), NOW)
    reasons = []
    for mode, secret, when in (
        ("code", "0000000000Z", NOW),
        ("token", "AAAAAAAAAAAAAAAAAAAAAA", NOW),
        ("token", token, NOW + timedelta(minutes=9)),
    ):
        asking = ask(mode, secret, "dev", "x")
        with pytest.raises(InvitationError) as refused:
            read_answer(asking, desk.answer(asking.request, when))
        reasons.append(refused.value.reason)
    first = ask("token", token, "dev", "x")
    read_answer(first, desk.answer(first.request, NOW))
    with pytest.raises(InvitationError) as refused:
        read_answer(first, desk.answer(first.request, NOW))
    reasons.append(refused.value.reason)
    assert reasons == ["wrong", "unknown", "expired", "used"]
    for text, reason in (("facilitation://join?v=1", "invalid"), ("K7QM-3XPA-9F", "invalid")):
        with pytest.raises(InvitationError) as bad:
            parse_join_text(text)
        assert bad.value.reason == reason


def test_the_host_address_that_answers_is_asked_first(tmp_path: Path) -> None:
    """A laptop lists every address it has; one may lead nowhere (a port whose backlog is full
    stands in for it: its connections hang). The request goes where the host answers."""
    import socket

    from facilitation.sync.lobby import _answering_first

    nowhere = socket.socket()
    nowhere.bind(("127.0.0.1", 0))
    nowhere.listen(0)
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(nowhere.getsockname())
        fillers.append(filler)
    host = SyncedMeeting.share(shared_start(), tmp_path / "h")
    joined: SyncedMeeting | None = None
    try:
        host.host("127.0.0.1", 0)
        dead = f"ws://127.0.0.1:{nowhere.getsockname()[1]}"
        inv = host.invite(Role.VIEWER, timedelta(minutes=5))
        assert _answering_first([dead, *inv.addresses]) == [*inv.addresses, dead]
        joined = SyncedMeeting.join_invitation(
            parse_join_text(dataclasses.replace(inv, addresses=(dead, *inv.addresses)).link()),
            tmp_path / "a",
            "a",
        )
        _settle(host, joined, until=lambda: joined is not None and joined.ready)
    finally:
        if joined is not None:
            joined.close()
        host.close()
        for s in (nowhere, *fillers):
            s.close()
