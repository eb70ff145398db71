"""Exact promises of the shared core that a user sees, pinned so a change to any of them is noticed:

- a create body with keys its model lacks is refused naming each key as the user wrote it, with its full path
  through nested models and lists (the JSON key, `subItem` or `Meta_Data`, not the attribute it became), also
  when a list was given as a tuple, and a nested model that keeps no extra keys is accepted; a body whose field
  does not parse is refused with the parser's own words, or a plain sentence when the parser said nothing;
- the text quoted from a server's error body: each message-like JSON key, an HTML page's title with its tags
  stripped, nothing for a body with no text, and the 120-character clip;
- a provider without an envelope (`plain`): the code and message its error fields name, and a body that is not
  an object is no success;
- a JobSchedule: the interval bounds it accepts, the argument named when a fraction is not a number, the
  progress read from a task (`fraction_of`) at its edges, and progress bringing the next poll forward even
  early in a job (delays read with no jitter, so they are exact).

The first package is used: every package carries the same core.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Mapping
from typing import Any

import attrs
import pytest

from tests.doubles.core import PACKAGE, core

creating = core("creating")
responses = core("responses")
schedule = core("schedule")
policy = core("policy")
errors = core("errors")
profile_core = core("profile")
PROFILE = importlib.import_module(f"{PACKAGE.__name__}.lib.profile").PROFILE

HELPER = "start_demo"


# Body models written as the generator writes them: `from_dict` pops the JSON keys it knows and keeps the rest
# in `additional_properties`; a model with `additionalProperties: false` has no such field and drops the rest.


@attrs.define
class Strict:
    a: int

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Strict:
        return cls(a=src["a"])


@attrs.define
class Leaf:
    name: str | None = None
    count: int | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Leaf:
        d = dict(src)
        name = d.pop("name", None)
        raw = d.pop("count", None)
        if raw == "":
            raise ValueError()
        leaf = cls(name=name, count=None if raw is None else int(raw))
        leaf.additional_properties = d
        return leaf


@attrs.define
class Inner:
    sub_item: Leaf | None = None
    leaves: list[Leaf] | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Inner:
        d = dict(src)
        sub = d.pop("subItem", None)
        leaves = d.pop("leaves", None)
        inner = cls(
            sub_item=None if sub is None else Leaf.from_dict(sub),
            leaves=None if leaves is None else [Leaf.from_dict(each) for each in leaves],
        )
        inner.additional_properties = d
        return inner


@attrs.define
class Outer:
    entries: list[Inner] | None = None
    meta_data: Leaf | None = None
    input_: Leaf | None = None
    strict: Strict | None = None
    the_input: Inner | None = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Outer:
        d = dict(src)
        entries = d.pop("entries", None)
        meta = d.pop("Meta_Data", None)
        given = d.pop("input", None)
        strict = d.pop("strict", None)
        hyphened = d.pop("the-input", None)
        outer = cls(
            entries=None if entries is None else [Inner.from_dict(each) for each in entries],
            meta_data=None if meta is None else Leaf.from_dict(meta),
            input_=None if given is None else Leaf.from_dict(given),
            strict=None if strict is None else Strict.from_dict(strict),
            the_input=None if hyphened is None else Inner.from_dict(hyphened),
        )
        outer.additional_properties = d
        return outer


def endpoint() -> Any:
    def never(client: Any, body: Any) -> Any:
        raise AssertionError("a refused body is never sent")

    async def never_async(client: Any, body: Any) -> Any:
        raise AssertionError("a refused body is never sent")

    return creating.CreateEndpoint(
        helper=HELPER, send=never, send_async=never_async, body_model=Outer, id_path="data.task_id"
    )


def refusal(body: object) -> str:
    with pytest.raises(errors.InvalidArgumentError) as raised:
        creating.body_of(endpoint(), body)
    return str(raised.value)


def test_an_unknown_key_in_a_list_item_is_named_by_the_keys_the_user_wrote() -> None:
    body = {"entries": [{"name": "x"}, {"subItem": {"name": "n", "x": 1}}], "input": {"y": 2}}
    assert refusal(body) == f"{HELPER}: Outer has no field 'entries[0].name', 'entries[1].subItem.x', 'input.y'"


def test_a_key_with_underscores_that_became_another_attribute_is_named_as_written() -> None:
    assert refusal({"Meta_Data": {"name": "n", "zz": 0}}) == f"{HELPER}: Outer has no field 'Meta_Data.zz'"


def test_a_list_given_as_a_tuple_still_names_the_path_of_an_unknown_key() -> None:
    body = {"entries": ({"leaves": [{"name": "n"}, {"x": 1}]}, {"subItem": {"name": "n", "x": 2}})}
    assert refusal(body) == f"{HELPER}: Outer has no field 'entries[0].leaves[1].x', 'entries[1].subItem.x'"


def test_a_list_under_a_hyphened_key_still_names_the_unknown_key_in_it() -> None:
    message = refusal({"the-input": {"leaves": [{"name": "n", "x": 1}]}})
    assert message == f"{HELPER}: Outer has no field 'the-input.leaves[0].x'", "named by the key as written"


def test_a_nested_model_that_keeps_no_extra_keys_is_accepted() -> None:
    built = creating.body_of(endpoint(), {"strict": {"a": 1}, "input": {"name": "n"}})
    assert built == Outer(strict=Strict(a=1), input_=Leaf(name="n"))


def test_a_field_that_does_not_parse_is_refused_with_the_parsers_words() -> None:
    assert refusal({"input": {"count": "abc"}}) == (
        f"{HELPER}: body does not fit Outer: invalid literal for int() with base 10: 'abc'"
    )


def test_a_field_that_does_not_parse_silently_is_refused_with_a_plain_sentence() -> None:
    assert refusal({"input": {"count": ""}}) == (
        f"{HELPER}: body does not fit Outer: a field holds a value of the wrong kind (ValueError)"
    )


@pytest.mark.parametrize("name", ["message", "msg", "error", "detail", "error_description", "title"])
def test_each_message_like_key_of_an_error_body_is_quoted(name: str) -> None:
    payload = {name: "  quota   exceeded ", "other": "ignored"}
    assert responses.server_text(json.dumps(payload).encode(), payload) == "'quota exceeded'"


def test_an_html_page_is_quoted_by_its_title_without_tags() -> None:
    page = b"<html><head><title>Bad <b>Gateway</b></title></head><body><h1>502</h1></body></html>"
    assert responses.server_text(page) == "'Bad Gateway'"


def test_an_html_page_without_a_title_is_quoted_as_its_text() -> None:
    assert responses.server_text(b"<p>upstream</p><p>down</p>") == "'upstream down'"


@pytest.mark.parametrize("content", [b"", b"   ", b"<p> </p>"])
def test_a_body_with_no_text_quotes_nothing(content: bytes) -> None:
    assert responses.server_text(content) is None


def test_a_long_server_text_is_clipped_at_120_characters() -> None:
    assert responses.server_text(b"a" * 120) == repr("a" * 120)
    assert responses.server_text(b"b" * 121) == repr("b" * 119 + "\u2026")


def plain_profile() -> Any:
    envelope = profile_core.Envelope(
        kind="plain", success_code=None, success_flag=None, code_fields=("error",), message_fields=("message",)
    )
    return dataclasses.replace(PROFILE, envelope=envelope)


def test_a_plain_provider_names_the_code_and_message_of_an_error_body() -> None:
    verdict = plain_profile().inspect({"error": "rate_limited", "message": "slow down"})
    assert (verdict.code, verdict.message) == ("rate_limited", "slow down")


def test_a_plain_provider_body_that_is_not_an_object_is_no_success() -> None:
    verdict = plain_profile().inspect([1, 2])
    assert not verdict.ok
    assert (verdict.code, verdict.message) == (None, None)


def exact_policy() -> Any:
    return policy.PollPolicy(initial=2.0, multiplier=2.0, maximum=10.0, jitter=0.0)


@pytest.mark.parametrize("interval", [0.5, 10.0])
def test_an_interval_above_zero_up_to_the_policy_maximum_is_accepted(interval: float) -> None:
    plan = schedule.JobSchedule(policy=exact_policy(), band=(0.0, 30.0), interval=interval)
    assert plan.interval == interval
    assert plan.step == interval


def test_a_fraction_that_is_not_a_number_is_refused_naming_it() -> None:
    plan = schedule.JobSchedule(policy=exact_policy())
    with pytest.raises(errors.InvalidArgumentError) as raised:
        plan.base_delay(1, fraction="half")
    assert str(raised.value) == "fraction must be a finite number, not 'half'"
    assert raised.value.argument == "fraction"


@pytest.mark.parametrize(
    ("done", "total", "fraction"),
    [
        (0, 10, 0.0),
        (1, 1, 1.0),
        (0.25, 0.5, 0.5),
        (3, 3, 1.0),
        (0, 0, None),
        (1, float("inf"), None),
        (float("inf"), float("inf"), None),
        (float("nan"), 1, None),
        (2, 1, None),
        (-1, 1, None),
    ],
)
def test_the_fraction_done_is_read_from_the_task(done: float, total: float, fraction: float | None) -> None:
    plan = schedule.JobSchedule(policy=exact_policy(), progress=("progress.done", "progress.total"))
    assert plan.fraction_of({"progress": {"done": done, "total": total}}) == fraction


def test_a_task_object_without_the_progress_attributes_reports_no_fraction() -> None:
    plan = schedule.JobSchedule(policy=exact_policy(), progress=("progress.done", "progress.total"))
    assert plan.fraction_of(object()) is None


def test_progress_brings_the_next_poll_forward_one_second_into_the_job() -> None:
    plan = schedule.JobSchedule(policy=exact_policy())
    # without progress: the policy's 4 s after the second poll; a quarter done after 1 s: 3 s are left
    assert plan.base_delay(2, elapsed=1.0) == 4.0
    assert plan.base_delay(2, elapsed=1.0, fraction=0.25) == 3.0
    assert plan.next_delay(2, elapsed=1.0, fraction=0.25) == 3.0
    assert plan.delay_bounds(2, elapsed=1.0, fraction=0.25) == (3.0, 3.0)
