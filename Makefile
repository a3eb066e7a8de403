# whyflow: `make run` and `make test` install what is missing (Debian 12 packages),
# configure, build, and then run the window or the tests.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

DEB_PACKAGES := cmake g++ make pkg-config \
	qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6svg6-dev \
	libtorch-dev libopenblas0-pthread libpcap-dev libqcustomplot-dev nlohmann-json3-dev \
	libgl-dev fonts-wqy-microhei tshark xvfb xauth python3 python3-torch python3-numpy libndpi-dev poppler-utils dpkg-dev appstream desktop-file-utils

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps configure build run test demo package clean

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# The main window on the demo capture with the demo model. Without a display, run it
# under a virtual one.
run: build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  $(BUILD)/app/whyflow resources/demo/demo.pcap --model resources/demo/demo.wfm --labels resources/demo/demo-labels.csv; \
	else \
	  echo "No display: starting whyflow under xvfb-run"; \
	  xvfb-run -a -s "-screen 0 1400x950x24" $(BUILD)/app/whyflow resources/demo/demo.pcap --model resources/demo/demo.wfm --labels resources/demo/demo-labels.csv; \
	fi

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900

# Rebuilds the demo capture and the demo model from the project's own generator, with
# fixed seeds (single-threaded training gives the same model every time).
demo: build
	rm -rf $(BUILD)/demo-data
	$(BUILD)/tools/whyflow-make-demo $(BUILD)/demo-data 60 2026
	cp $(BUILD)/demo-data/demo.pcap resources/demo/demo.pcap
	cp $(BUILD)/demo-data/demo-labels.csv resources/demo/demo-labels.csv
	OMP_NUM_THREADS=1 $(BUILD)/app/whyflow-cli train --kind han --data $(BUILD)/demo-data/classes \
	  --out resources/demo/demo.wfm --seed 1 --threads 1

# The Debian package (build/whyflow_VERSION_ARCH.deb)
package: build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
