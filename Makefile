# Two commands on a fresh Debian 12 machine:
#   make run   installs what is missing, builds and starts the app
#   make test  installs what is missing, builds and passes every test
# (under CI=true `make test` also runs the whole suite again with AddressSanitizer + UBSan)

PRESET ?= dev
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc)
ARGS ?=
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test test-asan bench fuzz format translations package clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

run: build
	$(BUILD_DIR)/src/app/unclutch $(ARGS)

test: build
	ctest --preset $(PRESET) -j $(JOBS)
ifeq ($(CI),true)
	@$(MAKE) --no-print-directory test-asan
endif

test-asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

bench: build
	@scripts/run-benchmarks.sh $(BUILD_DIR)

fuzz: deps
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz -j $(JOBS)
	@scripts/run-fuzzer.sh build/fuzz $(FUZZ_SECONDS)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

# lupdate: brings translations/*.ts up to date with the sources (then translate, and commit)
translations: configure
	cmake --build --preset $(PRESET) --target update_translations

# a .deb of the build in $(BUILD_DIR)
package: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf build
