#!/usr/bin/env python3
"""Models trained in Python: the example script trains a small HAN with Debian's
python3-torch and exports it as TorchScript; whyflow classifies the same captures with it,
and its probabilities must equal Python's within 1e-5. Modules that break the contract get
a clear error naming the file.

usage: test_torchscript.py WHYFLOW_CLI MAKE_DEMO SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import numpy as np
    import torch
except ImportError as e:
    print(f"SKIP: Python PyTorch is not installed ({e}); apt-get install python3-torch")
    sys.exit(77)

cli, make_demo, source = sys.argv[1:4]
script = os.path.join(source, "tools", "python", "export_torchscript_han.py")
failures = 0


def check(ok, what):
    global failures
    print(("PASS   : " if ok else "FAIL!  : ") + what)
    if not ok:
        failures += 1


with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([make_demo, tmp, "15", "5"], check=True, capture_output=True)
    data = os.path.join(tmp, "npy")
    subprocess.run([cli, "export-dataset", "--data", os.path.join(tmp, "classes"), "--out", data, "--quiet"], check=True)
    model = os.path.join(tmp, "han.pt")
    probs_file = os.path.join(tmp, "probs.npy")
    subprocess.run([sys.executable, script, "--data", data, "--out", model, "--epochs", "2", "--predict", probs_file],
                   check=True, capture_output=True)
    python_probs = np.load(probs_file)
    index = json.load(open(os.path.join(data, "index.json")))
    classes = index["classes"]
    by_flow = {(f["file"], f["flow"]): python_probs[i] for i, f in enumerate(index["flows"])}

    # whyflow's probabilities for the same flows, by capture file and flow id
    worst, compared = 0.0, 0
    for capture in sorted({f for f, _ in by_flow}):
        out = subprocess.run([cli, "classify", "--model", model, capture, "--json"], check=True, capture_output=True, text=True)
        for line in out.stdout.splitlines():
            row = json.loads(line)
            key = (capture, row["flow"])
            if key not in by_flow:
                continue  # flows the data set left out (not TCP or UDP)
            ours = np.array([row["probabilities"][c] for c in classes])
            worst = max(worst, float(np.abs(ours - by_flow[key]).max()))
            compared += 1
            if "packet_attention" not in row:
                check(False, "the attention of the Python model reaches whyflow")
    print(f"compared {compared} flows; largest difference {worst:.2e}")
    check(compared == len(by_flow), f"every flow of the data set was classified ({compared} of {len(by_flow)})")
    check(worst <= 1e-5, f"probabilities agree with Python's within 1e-5 (largest difference {worst:.2e})")

    # contract breaches
    class Wrong(torch.nn.Module):
        def forward(self, x: torch.Tensor):
            return torch.zeros(x.shape[0], 3)  # three logits for six classes

    info = {"classes": classes, "input": index["input"], "preset": index["preset"]}
    cases = {
        "no-json.pt": (Wrong(), {}, "without whyflow.json"),
        "wrong-shape.pt": (Wrong(), {"whyflow.json": json.dumps(info)}, "logits must be [batch, 6]"),
    }
    for name, (module, extra, expected) in cases.items():
        path = os.path.join(tmp, name)
        torch.jit.save(torch.jit.script(module), path, _extra_files=extra)
        r = subprocess.run([cli, "classify", "--model", path, os.path.join(tmp, "demo.pcap")], capture_output=True, text=True)
        check(r.returncode == 1 and path in r.stderr and expected in r.stderr,
              f"{name}: refused with a clear message ({r.stderr.strip()})")

print(f"Totals: {failures} failed")
sys.exit(1 if failures else 0)
