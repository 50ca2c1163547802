# The two commands of the README. Both install what is missing first (Debian packages, .venv).
.PHONY: run test lint screenshots

run:
	./scripts/bootstrap.sh run
	.venv/bin/jdih-desktop --demo

test:
	./scripts/bootstrap.sh test
	./scripts/test.sh
