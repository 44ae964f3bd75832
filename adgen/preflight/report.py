"""The pre-flight report: per export, per check, pass / warn / fail with the measured value,
the threshold and what to do; a compact text table for the chat and the command line, and JSON
for the AdProject's ``preflight`` field.

A check that looks at several things (every text of the ad, say) keeps one finding per thing and
shows the worst one, so the table stays one line per check.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Status = Literal["pass", "warn", "fail", "skip"]
_RANK: dict[str, int] = {"skip": 0, "pass": 1, "warn": 2, "fail": 3}


def worst(statuses: list[Status] | tuple[Status, ...]) -> Status:
    """The most serious status; "skip" only when nothing was checked."""
    return max(statuses, key=lambda s: _RANK[s], default="skip")


class Finding(BaseModel):
    """One measured thing: a text, a box, a stream."""

    subject: str = ""
    status: Status
    measured: str = ""
    threshold: str = ""
    advice: str = ""
    value: float | None = None  # the measured number, for machines (the JSON); None if not a number
    severity: float = 0.0  # how far past the threshold: the worst of equal statuses is shown


class CheckResult(BaseModel):
    """One check of one export (e.g. ``contrast``), summarising its findings."""

    check: str
    group: str
    status: Status
    measured: str = ""
    threshold: str = ""
    advice: str = ""
    subject: str = ""
    fixed: str | None = None  # what adgen fixed by itself to pass it, if anything
    count: int = 0  # how many findings share the shown (failing or warning) status
    findings: list[Finding] = Field(default_factory=list)

    @classmethod
    def of(cls, check: str, group: str, findings: list[Finding], fixed: str | None = None) -> CheckResult:
        """The check's line: the worst finding's values (the first of equals)."""
        if not findings:
            return cls(check=check, group=group, status="skip", advice="nothing to check", fixed=fixed)
        top = max(findings, key=lambda f: (_RANK[f.status], f.severity))
        rank = _RANK[top.status]
        count = sum(1 for f in findings if _RANK[f.status] == rank) if top.status in ("fail", "warn") else 0
        return cls(
            check=check,
            group=group,
            status=top.status,
            measured=top.measured,
            threshold=top.threshold,
            advice=top.advice,
            subject=top.subject,
            count=count,
            fixed=fixed,
            findings=findings,
        )


class ExportReport(BaseModel):
    """Every check of one exported file."""

    key: str  # the export's aspectExports key ("9:16")
    file: str
    presets: list[str]
    width: int = 0
    height: int = 0
    checks: list[CheckResult] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    seconds: dict[str, float] = Field(default_factory=dict)  # what each stage of the check cost

    @property
    def status(self) -> Status:
        return worst([c.status for c in self.checks])

    def check(self, name: str) -> CheckResult:
        """The result of one check by name; KeyError names the checks there are."""
        for result in self.checks:
            if result.check == name:
                return result
        raise KeyError(f"no check {name!r}; this export has {', '.join(c.check for c in self.checks)}")

    def failed(self) -> list[str]:
        return [c.check for c in self.checks if c.status == "fail"]


class PreflightReport(BaseModel):
    """The whole check of one render: what the document stores as ``preflight``."""

    checked_at: str = Field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    exports: list[ExportReport] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    seconds: dict[str, float] = Field(default_factory=dict)  # what the whole check took: wall, cpu

    @property
    def status(self) -> Status:
        return worst([e.status for e in self.exports])

    @property
    def passed(self) -> bool:
        """Ready to post: no check failed (warnings are shown, not blocking)."""
        return self.status != "fail"

    def export(self, key: str) -> ExportReport:
        for report in self.exports:
            if report.key == key:
                return report
        raise KeyError(f"no export {key!r}; checked {', '.join(e.key for e in self.exports)}")

    def summary(self) -> dict[str, Any]:
        """The compact form a render's last event carries and the chat shows: per export its
        status and one line per check (no findings)."""
        return {
            "status": self.status,
            "checkedAt": self.checked_at,
            "exports": [
                {
                    "key": e.key,
                    "presets": list(e.presets),
                    "width": e.width,
                    "height": e.height,
                    "status": e.status,
                    "checks": [
                        {
                            "check": c.check,
                            "status": c.status,
                            "subject": c.subject,
                            "measured": c.measured,
                            "threshold": c.threshold,
                            "advice": c.advice if c.status in ("fail", "warn") else "",
                            "fixed": c.fixed,
                        }
                        for c in e.checks
                    ],
                }
                for e in self.exports
            ],
            "notes": list(self.notes),
        }

    def to_wire(self) -> dict[str, Any]:
        """JSON types, camelCase like the rest of the AdProject document."""
        data = self.model_dump(mode="json")
        data["status"] = self.status
        for export, wire in zip(self.exports, data["exports"], strict=True):
            wire["status"] = export.status
        return _camel(data)


def _camel(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            head, *rest = key.split("_")
            # seconds maps stage names (not fields) to costs: its keys are kept as they are.
            out[head + "".join(p.title() for p in rest)] = item if key == "seconds" else _camel(item)
        return out
    if isinstance(value, list):
        return [_camel(v) for v in value]
    return value


_MARK = {"pass": "pass", "warn": "WARN", "fail": "FAIL", "skip": "skip"}


def _cell(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(report: PreflightReport, width: int = 110, verbose: bool = False) -> str:
    """A compact pass/warn/fail table per export, one line per check; failures and warnings
    carry what to do underneath. ``verbose`` also lists every finding of failed checks."""
    lines: list[str] = []
    cols = (15, 4, 50, 32)
    for export in report.exports:
        presets = ", ".join(export.presets)
        size = f"{export.width}x{export.height}" if export.width else "?"
        lines.append(f"{export.key} {size} ({presets}): {_MARK[export.status]}  {export.file}")
        lines.append(
            "  "
            + "  ".join(
                h.ljust(w) for h, w in zip(("check", "", "measured", "threshold"), cols, strict=True)
            ).rstrip()
        )
        for check in export.checks:
            measured = (
                f"{check.subject}: {check.measured}" if check.subject and check.measured else check.measured
            )
            name = f"{check.check} ({check.count})" if check.count > 1 else check.check
            row = (name, _MARK[check.status], measured, check.threshold)
            lines.append(
                "  " + "  ".join(_cell(v, w).ljust(w) for v, w in zip(row, cols, strict=True)).rstrip()
            )
            if check.fixed:
                lines.append("      fixed: " + _cell(check.fixed, width - 13))
            if check.status in ("fail", "warn") and check.advice:
                lines.append("      → " + _cell(check.advice, width - 8))
            if verbose and check.status == "fail":
                top = max((f for f in check.findings if f.status == "fail"), key=lambda f: f.severity)
                for f in check.findings:
                    if f.status == "fail" and f is not top:
                        lines.append(f"      also {f.subject}: {_cell(f.measured, width - 20)}")
        for note in export.notes:
            lines.append("  note: " + _cell(note, width - 8))
    for note in report.notes:
        lines.append("note: " + _cell(note, width - 6))
    return "\n".join(lines)


_ICON = {"pass": "✓", "warn": "⚠", "fail": "✗", "skip": "–"}
_SUMMARY_CHECK_FIELDS = ("check", "status", "subject", "measured", "threshold", "advice", "fixed")


def summary_of(wire: dict[str, Any] | None) -> dict[str, Any] | None:
    """The :meth:`PreflightReport.summary` form of a stored report (``to_wire``): the same
    lines, without the findings."""
    if not wire:
        return None
    return {
        "status": wire.get("status", "skip"),
        "checkedAt": wire.get("checkedAt"),
        "exports": [
            {
                **{k: e.get(k) for k in ("key", "presets", "width", "height", "status")},
                "checks": [
                    {
                        **{k: c.get(k) for k in _SUMMARY_CHECK_FIELDS},
                        "advice": c.get("advice", "") if c.get("status") in ("fail", "warn") else "",
                    }
                    for c in e.get("checks", [])
                ],
            }
            for e in wire.get("exports", [])
        ],
        "notes": list(wire.get("notes", [])),
    }


def summary_lines(summary: dict[str, Any], width: int = 100) -> list[str]:
    """A compact pass/warn/fail table from a report's :meth:`PreflightReport.summary` (or its
    ``to_wire``): one line per export with every check's mark, then each failure, warning and
    fix in a line of its own. What Slack and ``adgen chat`` show after a final render."""
    lines = [f"Pre-flight: {str(summary.get('status', 'skip')).upper()}"]
    for export in summary.get("exports", []):
        marks = " ".join(f"{_ICON.get(c['status'], '?')}{c['check']}" for c in export.get("checks", []))
        presets = ", ".join(export.get("presets", []))
        lines.append(f"{export['key']} ({presets}): {_MARK[export.get('status', 'skip')]}  {marks}")
        for check in export.get("checks", []):
            if check.get("fixed"):
                lines.append("  fixed: " + _cell(f"{check['check']}: {check['fixed']}", width - 9))
            if check["status"] in ("fail", "warn"):
                what = (
                    f"{check['subject']}: {check['measured']}" if check.get("subject") else check["measured"]
                )
                advice = f" → {check['advice']}" if check.get("advice") else ""
                lines.append(
                    f"  {_MARK[check['status']]} "
                    + _cell(f"{check['check']}: {what} ({check['threshold']}){advice}", width - 8)
                )
    return lines


__all__ = [
    "CheckResult",
    "ExportReport",
    "Finding",
    "PreflightReport",
    "Status",
    "render_table",
    "summary_lines",
    "summary_of",
    "worst",
]
