"""The ``factledger`` command, run as a user runs it: options, environment and exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgers import clean_ledger, hostile_ledger, run_cli, warning_ledger, write

FORMATS = ("text", "json", "sarif", "github", "junit")


@pytest.mark.parametrize(("make", "args", "status"), [
    (clean_ledger, (), 0),
    (warning_ledger, (), 1),
    (warning_ledger, ("--fail-on", "error"), 0),
    (warning_ledger, ("--fail-on", "info"), 1),
    (warning_ledger, ("--exit-zero",), 0),
    (warning_ledger, ("--ignore", "FL201"), 0),
    (warning_ledger, ("--select", "FL1,FL3"), 0),
    (hostile_ledger, ("--fail-on", "error"), 1),
    (hostile_ledger, ("--exit-zero",), 0),
])
def test_exit_status_follows_fail_on(tmp_path: Path, make, args, status: int) -> None:
    """Exit 0 when nothing reaches --fail-on (or with --exit-zero), 1 when something does."""
    make(tmp_path)
    assert run_cli("verify", *args, ".", cwd=tmp_path).returncode == status


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("make", "status"), [(clean_ledger, 0), (hostile_ledger, 1)])
def test_every_format_exits_by_findings_not_by_format(tmp_path: Path, fmt: str, make, status: int) -> None:
    """Each format gives the same exit status for the same ledger, and writes no error."""
    make(tmp_path)
    completed = run_cli("verify", "--output-format", fmt, ".", cwd=tmp_path)
    assert (completed.returncode, completed.stderr) == (status, "")


@pytest.mark.parametrize(("args", "message"), [
    (("verify", "--no-such-option"), "factledger: unrecognized arguments: --no-such-option"),
    (("verify", "--fail-on", "fatal"), "argument --fail-on: invalid choice: 'fatal'"),
    (("verify", "missing-dir"), "factledger: error: missing-dir: no such file or directory"),
    (("verify", "broken.toml"), "factledger: error: broken.toml:1: invalid TOML"),
    (("verify", "--waivers", "none.toml", "clean.toml"),
     "factledger: error: none.toml: cannot read file: No such file or directory"),
    (("verify", "--output-file", "no/such/dir/report.json", "clean.toml"),
     "factledger: error: cannot write no/such/dir/report.json: No such file or directory"),
    (("rule", "FL999"), "factledger: error: no rule 'FL999'; 'factledger rule' lists them all"),
    # a code that matches no rule would select nothing and pass every run
    (("verify", "--select", "FL1,FL10l", "clean.toml"), "factledger: error: select 'FL10L' matches no rule code"),
    (("verify", "--ignore", "FL2O1", "clean.toml"), "factledger: error: ignore 'FL2O1' matches no rule code"),
])
def test_usage_and_unreadable_input_exit_2_with_one_line(tmp_path: Path, args, message: str) -> None:
    """Usage errors and unreadable input exit 2 with a message on stderr, never a traceback."""
    clean_ledger(tmp_path)
    write(tmp_path, "broken.toml", "[article\n")
    completed = run_cli(*args, cwd=tmp_path)
    assert completed.returncode == 2
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr


def test_internal_error_is_one_line_and_exit_2(monkeypatch, capsys, tmp_path: Path) -> None:
    """A bug in factledger exits 2 with one line asking for a report, not a traceback."""
    from factledger import cli

    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("factledger.engine.verify", broken)
    monkeypatch.delenv("FACTLEDGER_DEBUG", raising=False)
    clean_ledger(tmp_path)
    assert cli.main(["verify", str(tmp_path)]) == 2
    assert capsys.readouterr().err == ("factledger: internal error: RuntimeError: boom second line "
                                       "(set FACTLEDGER_DEBUG=1 for details, and please report it)\n")


@pytest.mark.parametrize("args", [("verify", "--no-cache", "."), ("rule",)])
def test_a_reader_that_went_away_gets_no_traceback(tmp_path: Path, args) -> None:
    """``factledger verify | head`` whose reader has gone before the report is written: the run ends with its
    own status and nothing on stderr. Writing the report raised BrokenPipeError, and printed a traceback."""
    import os
    import subprocess
    import sys

    warning_ledger(tmp_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before a byte is written
    try:
        done = subprocess.run([sys.executable, "-m", "factledger", *args], cwd=tmp_path, stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert done.stderr == "" and done.returncode == (1 if args[0] == "verify" else 0)


@pytest.mark.parametrize(("env", "args", "first"), [
    ({"FACTLEDGER_OUTPUT_FORMAT": "json"}, (), "{"),
    ({"FACTLEDGER_OUTPUT_FORMAT": "github"}, (), "::warning "),
    ({"FACTLEDGER_OUTPUT_FORMAT": "json"}, ("--output-format", "text"), "dropped.toml:15: FL201"),
    ({"FACTLEDGER_OUTPUT_FORMAT": ""}, (), "dropped.toml:15: FL201"),
])
def test_output_format_from_environment(tmp_path: Path, env, args, first: str) -> None:
    """FACTLEDGER_OUTPUT_FORMAT sets the default format; --output-format wins over it."""
    warning_ledger(tmp_path)
    completed = run_cli("verify", *args, "dropped.toml", cwd=tmp_path, env=env)
    assert completed.stdout.startswith(first)


def test_unknown_output_format_in_environment_is_a_usage_error(tmp_path: Path) -> None:
    """A format named in the environment that does not exist exits 2 and lists the formats."""
    clean_ledger(tmp_path)
    completed = run_cli("verify", "clean.toml", cwd=tmp_path, env={"FACTLEDGER_OUTPUT_FORMAT": "xml"})
    assert completed.returncode == 2
    assert completed.stderr == ("factledger: error: FACTLEDGER_OUTPUT_FORMAT='xml' is not an output format; "
                                "choose one of github, json, junit, sarif, text\n")


@pytest.mark.parametrize(("env", "args", "colored"), [
    ({}, (), False),  # not a terminal
    ({"FORCE_COLOR": "1"}, (), True),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, (), False),
    ({"NO_COLOR": "1"}, ("--color", "always"), True),
    ({"FORCE_COLOR": "1"}, ("--color", "never"), False),
    ({"FORCE_COLOR": "1"}, ("--output-format", "json"), False),
])
def test_color(tmp_path: Path, env, args, colored: bool) -> None:
    """--color wins; otherwise NO_COLOR turns colour off and FORCE_COLOR on, even in a pipe."""
    warning_ledger(tmp_path)
    completed = run_cli("verify", *args, "dropped.toml", cwd=tmp_path, env=env)
    assert ("\x1b[" in completed.stdout) is colored


def test_output_file_gets_the_report_and_stdout_stays_empty(tmp_path: Path) -> None:
    """--output-file writes the report there, prints nothing, and keeps the exit status."""
    warning_ledger(tmp_path)
    completed = run_cli("verify", "--output-format", "json", "--output-file", "out.json", "dropped.toml",
                        cwd=tmp_path, env={"FORCE_COLOR": "1"})
    assert (completed.returncode, completed.stdout) == (1, "")
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["summary"]["warning"] == 1


@pytest.mark.parametrize(("command", "target"), [
    (("verify", "--output-file"), "dropped.toml"),
    (("verify", "--output-format", "json", "-o"), "./sub/../dropped.toml"),  # the same file, spelt otherwise
    (("verify", "--waivers", "waivers.toml", "-o"), "waivers.toml"),
    (("errata", "-o"), "dropped.toml"),
    (("export", "--claimreview", "-o"), "dropped.toml"),
])
def test_output_never_replaces_a_file_the_run_read(tmp_path: Path, command, target: str) -> None:
    """``-o`` naming a ledger file (a slip for ``-o report.txt``) leaves the ledger as it was."""
    warning_ledger(tmp_path)
    (tmp_path / "sub").mkdir()
    write(tmp_path, "waivers.toml", '[[waiver]]\ncode = "FL101"\nclaim = "dropped:pay"\nreason = "old"\n')
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    completed = run_cli(*command, target, "dropped.toml", cwd=tmp_path)
    assert completed.returncode == 2 and completed.stdout == ""
    assert completed.stderr == (f"factledger: error: {target} is one of the files this run read; the output "
                                f"was not written there (give -o another file)\n")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_quiet_leaves_out_the_summary(tmp_path: Path) -> None:
    """--quiet prints the findings and no summary line."""
    warning_ledger(tmp_path)
    loud = run_cli("verify", "dropped.toml", cwd=tmp_path).stdout
    quiet = run_cli("verify", "--quiet", "dropped.toml", cwd=tmp_path).stdout
    assert loud.endswith("Found 1 finding (1 warning) in 1 file: 1 check, 0 consistent; 3 of 3 claims checked.\n")
    assert quiet == loud[: loud.index("Found 1 finding")]


def test_quiet_with_no_findings_prints_nothing(tmp_path: Path) -> None:
    """With --quiet and no findings, the output is empty, as for other linters."""
    clean_ledger(tmp_path)
    assert run_cli("verify", "--quiet", "clean.toml", cwd=tmp_path).stdout == ""


def test_show_consistent_lists_passing_checks(tmp_path: Path) -> None:
    """--show-consistent lists each check with its verdict, including those that passed."""
    clean_ledger(tmp_path)
    completed = run_cli("verify", "--show-consistent", "clean.toml", cwd=tmp_path)
    assert "Checks:\n  clean.toml:15: derivation: consistent: " in completed.stdout


def test_show_consistent_names_unchecked_claims_that_share_an_id_by_their_article(tmp_path: Path) -> None:
    """Two articles may both have a claim "troops": the list of unchecked claims names each
    once, by its key, where the bare ids would read "troops, troops"."""
    for article in ("alpha", "beta"):
        (tmp_path / f"{article}.toml").write_text(
            f'[article]\nid = "{article}"\n\n[claims.troops]\nfigure = "12 ships"\n'
            f'subject = "{article} fleet"\nmeasure = "size"\n\n[claims.crew]\nfigure = "40 people"\n'
            f'subject = "{article} crew"\nmeasure = "size"\n', "utf-8")
    (tmp_path / "alpha.toml").write_text((tmp_path / "alpha.toml").read_text("utf-8").replace("crew", "staff"), "utf-8")
    out = run_cli("verify", "--show-consistent", "alpha.toml", "beta.toml", cwd=tmp_path).stdout
    assert "not checked by any derivation, relation or range (4): alpha:troops, staff, beta:troops, crew" in out


def test_rule_explains_a_code(tmp_path: Path) -> None:
    """`factledger rule CODE` prints the rule's explanation; without CODE it lists every rule."""
    one = run_cli("rule", "fl201", cwd=tmp_path)
    every = run_cli("rule", cwd=tmp_path)
    assert one.stdout.startswith("## FL201 rate-dropped-from-figure\n\nSeverity: warning.")
    assert "FL201  rate-dropped-from-figure" in every.stdout
    assert (one.returncode, every.returncode) == (0, 0)


@pytest.mark.parametrize("name", ["verify", "errata", "export", "extract", "rule", "fmt"])
def test_a_subcommand_parsed_alone_reads_as_with_all_of_them(name: str, monkeypatch) -> None:
    """The command line builds only the parser of the subcommand it runs: its help, its
    defaults and its usage errors are those the whole parser gives."""
    from factledger import cli

    monkeypatch.setenv("COLUMNS", "100")
    alone, whole = cli.build_parser(name), cli.build_parser()
    assert alone is not whole and len(_subcommands(alone)) == 1 and len(_subcommands(whole)) == 6
    helps = []
    for parser in (alone, whole):
        with pytest.raises(SystemExit):
            parser.parse_args([name, "--help"])
        helps.append(_subcommands(parser)[name].format_help())
    assert helps[0] == helps[1] and name in helps[0]
    errors = []
    for parser in (alone, whole):
        with pytest.raises(cli._UsageError) as caught:
            parser.parse_args([name, "--no-such-option"])
        errors.append(str(caught.value))
    assert errors[0] == errors[1] and errors[0].startswith("factledger")
    given = {"rule": ["FL101"], "fmt": ["x.toml"], "extract": ["article.txt"]}.get(name, [])
    export = ["--claimreview"] if name == "export" else []
    parsed = [vars(parser.parse_args([name, *export, *given])) for parser in (alone, whole)]
    assert parsed[0] == parsed[1]


def _subcommands(parser) -> dict:
    import argparse

    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return action.choices


def test_a_run_imports_only_its_own_subcommand(tmp_path: Path) -> None:
    """``factledger verify`` imports no other subcommand's module; ``--help`` lists them all."""
    import subprocess
    import sys

    probe = ("import contextlib, io, sys\n"
             "from factledger.cli import main\n"
             "out = io.StringIO()\n"
             "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
             "    main(sys.argv[1:])\n"
             "from factledger.commands import NAMES\n"
             "print(sorted(n for n in NAMES if f'factledger.commands.{n}' in sys.modules))\n"
             "print(len(out.getvalue()))\n")
    ledger = clean_ledger(tmp_path)
    verify = subprocess.run([sys.executable, "-c", probe, "verify", str(ledger), "--no-cache"],
                            capture_output=True, text=True)
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.splitlines()[-2] == "['verify']"
    usage = subprocess.run([sys.executable, "-c", probe, "--help"], capture_output=True, text=True)
    assert usage.stdout.splitlines()[-2] == "['errata', 'export', 'extract', 'fmt', 'rule', 'verify']"


def test_settings_refuse_a_code_that_matches_no_rule() -> None:
    """The library says so too: Settings(select=("XYZ",)) would report nothing, whatever the ledger."""
    from factledger import FactledgerError, Settings

    assert Settings(select=("FL1", "fl5"), ignore=("FL201",)).wants("FL101")
    with pytest.raises(FactledgerError, match="select 'XYZ' matches no rule code"):
        Settings(select=("XYZ",))
    with pytest.raises(FactledgerError, match="ignore 'FL99' matches no rule code"):
        Settings(ignore=("FL99",))


@pytest.mark.parametrize("command", ["verify", "errata", "fmt", "export --claimreview"])
def test_no_paths_and_no_ledger_directory_says_what_to_give(tmp_path, monkeypatch, capsys, command):
    """Run where there is no ledger/: one line saying to name the ledger, not "ledger: no such file"."""
    from factledger.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(command.split()) == 2
    err = capsys.readouterr().err
    assert err == (f"factledger: error: no ledger/ directory here to check; give the ledger files or "
                   f"directories: factledger {command.split()[0]} PATH ...\n")


def test_the_summary_counts_checks_that_could_not_be_made(tmp_path, capsys):
    """"€230M" against "$250M" needs a rate: no finding, but the summary does not hide the check."""
    from factledger.cli import main

    (tmp_path / "a.toml").write_text('[article]\nid = "a"\n[claims.eur]\nfigure = "€230M"\n[claims.usd]\n'
                                     'figure = "$250M"\n[[checks]]\nkind = "same"\nclaims = ["eur", "usd"]\n',
                                     "utf-8")
    assert main(["verify", str(tmp_path)]) == 0
    assert capsys.readouterr().out.endswith(
        "No findings in 1 file: 1 check, 0 consistent, 1 could not be made; 0 of 2 claims checked.\n")
