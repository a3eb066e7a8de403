#!/usr/bin/env python3
"""A small hierarchical attention network in Python PyTorch, trained on a data set that
`whyflow-cli export-dataset` wrote, and saved as TorchScript under whyflow's contract
(docs/torchscript.md): input uint8 [batch, packets, bytes]; output (logits, packet
attention, byte attention); a whyflow.json record among the module's extra files.

    whyflow-cli export-dataset --data CAPTURES/ --out data/
    python3 tools/python/export_torchscript_han.py --data data/ --out han.pt [--epochs 5]
    whyflow han.pt ...   or   whyflow-cli classify --model han.pt CAPTURE --json

With --predict FILE.npy it also writes the model's class probabilities for every flow of
the data set, in the data set's order (for comparing with whyflow's own output).
"""
import argparse
import json
import os

import numpy as np
import torch
import torch.nn as nn


class Attention(nn.Module):
    """Additive attention against a learned context vector; masked positions get weight 0."""

    def __init__(self, dim: int, size: int):
        super().__init__()
        self.proj = nn.Linear(dim, size)
        self.context = nn.Parameter(torch.randn(size) * 0.1)

    def forward(self, h: torch.Tensor, mask: torch.Tensor):
        scores = torch.tanh(self.proj(h)) @ self.context
        scores = scores.masked_fill(~mask, -1e9)
        w = torch.softmax(scores, dim=1) * mask.float()
        w = w / w.sum(1, keepdim=True).clamp_min(1e-12)
        return (w.unsqueeze(2) * h).sum(1), w


class SmallHan(nn.Module):
    def __init__(self, classes: int, embed: int = 16, hidden: int = 16, attention: int = 32):
        super().__init__()
        self.embed = nn.Embedding(256, embed)
        self.byte_gru = nn.GRU(embed, hidden, batch_first=True, bidirectional=True)
        self.byte_att = Attention(2 * hidden, attention)
        self.packet_gru = nn.GRU(2 * hidden, hidden, batch_first=True, bidirectional=True)
        self.packet_att = Attention(2 * hidden, attention)
        self.out = nn.Linear(2 * hidden, classes)

    def forward(self, x: torch.Tensor):
        b, n, m = x.shape[0], x.shape[1], x.shape[2]
        h, _ = self.byte_gru(self.embed(x.long().reshape(b * n, m)))
        byte_mask = torch.ones(b * n, m, dtype=torch.bool)
        packets, alpha = self.byte_att(h, byte_mask)
        # a packet slot counts when it holds a byte; the first always does
        packet_mask = (x != 0).any(2) | (torch.arange(n) == 0).unsqueeze(0)
        ph, _ = self.packet_gru(packets.reshape(b, n, -1))
        flow, beta = self.packet_att(ph, packet_mask)
        return self.out(flow), beta, alpha.reshape(b, n, m)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="folder written by whyflow-cli export-dataset")
    ap.add_argument("--out", required=True, help="TorchScript file to write")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--predict", help="also write the probabilities of every flow to this .npy")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(1)
    index = json.load(open(os.path.join(args.data, "index.json")))
    x = torch.from_numpy(np.load(os.path.join(args.data, "x.npy")))
    y = torch.from_numpy(np.load(os.path.join(args.data, "y.npy")))
    split = np.load(os.path.join(args.data, "split.npy"))
    train = torch.from_numpy(np.nonzero(split == 0)[0])
    model = SmallHan(len(index["classes"]))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(args.epochs):
        model.train()
        order = train[torch.randperm(len(train))]
        total = 0.0
        for i in range(0, len(order), 32):
            batch = order[i:i + 32]
            logits, _, _ = model(x[batch])
            loss = nn.functional.cross_entropy(logits, y[batch])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(batch)
        print(f"epoch {epoch + 1}/{args.epochs} loss {total / max(1, len(order)):.4f}")
    model.eval()
    info = {
        "classes": index["classes"],
        "input": index["input"],
        "preset": index["preset"],
        "training_data": index.get("source", ""),
    }
    scripted = torch.jit.script(model)
    torch.jit.save(scripted, args.out, _extra_files={"whyflow.json": json.dumps(info)})
    print(f"saved {args.out}")
    if args.predict:
        with torch.no_grad():
            probs = torch.softmax(scripted(x)[0], 1).numpy()
        np.save(args.predict, probs)
        print(f"wrote {args.predict}")


if __name__ == "__main__":
    main()
