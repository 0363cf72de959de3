"""The live-server gate turns requests away between tests and lets the flush wait for those inside."""

import threading

import pytest

from tests.liveserver import LiveServerGate


def call(gate):
    seen = {}

    def start_response(status, headers):
        seen["status"] = status

    body = gate({"PATH_INFO": "/"}, start_response)
    return seen["status"], body


def test_a_closed_gate_answers_503_without_calling_the_app():
    calls = []

    def app(environ, start_response):
        calls.append(environ)
        start_response("200 OK", [])
        return [b"ok"]

    gate = LiveServerGate(app)
    gate.close_and_drain()
    status, _ = call(gate)
    assert status.startswith("503") and calls == []
    gate.open()
    call(gate)
    assert len(calls) == 1


def test_drain_waits_until_the_server_has_closed_the_response():
    def app(environ, start_response):
        start_response("200 OK", [])
        return [b"ok"]

    gate = LiveServerGate(app)
    _, body = call(gate)  # inside: the server has not closed the response yet
    drained = threading.Event()
    waiter = threading.Thread(target=lambda: (gate.close_and_drain(), drained.set()))
    waiter.start()
    assert not drained.wait(0.2)
    assert list(body) == [b"ok"]
    body.close()
    assert drained.wait(5)
    waiter.join()


def test_an_app_that_raises_does_not_stay_counted():
    def app(environ, start_response):
        raise ValueError("boom")

    gate = LiveServerGate(app)
    with pytest.raises(ValueError):
        call(gate)
    gate.close_and_drain(timeout=1)
    assert gate.inside == 0


def test_drain_reports_a_request_that_never_finishes():
    gate = LiveServerGate(lambda environ, start_response: start_response("200 OK", []) or [b""])
    call(gate)
    with pytest.raises(RuntimeError, match="still running"):
        gate.close_and_drain(timeout=0.1)
