# SPDX-License-Identifier: GPL-3.0-or-later
# Thin convenience layer over packaging/dev.sh and CMake.
.PHONY: run test deps build bench-data clean
run:
	bash packaging/dev.sh run
test:
	bash packaging/dev.sh test
deps:
	bash packaging/dev.sh deps
build:
	bash packaging/dev.sh build
bench-data:
	bash packaging/dev.sh bench-data
clean:
	rm -rf build build-ci
