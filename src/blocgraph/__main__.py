"""``python -m blocgraph``: the command line, as the ``blocgraph`` script runs it."""

from blocgraph.cli import cli

if __name__ == "__main__":
    cli(prog_name="blocgraph")
