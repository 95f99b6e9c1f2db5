"""Writes the small HDF5 test fixtures for the landscape-file reader (src/export/h5Landscape.ts).

They follow the layout of Li et al.'s `loss-landscape` tool (github.com/tomgoldstein/loss-landscape):
a surface file with `xcoordinates`, `ycoordinates` and `train_loss`/`train_acc`/`test_loss`/`test_acc`
of shape (len(x), len(y)); a PCA direction file with `explained_variance_ratio_`; a projected
trajectory file with `proj_xcoord`/`proj_ycoord`. Run with Debian's python3-h5py:

    /usr/bin/python3 scripts/make-h5-fixtures.py src/export/fixtures
"""
import sys

import h5py
import numpy as np

out = sys.argv[1] if len(sys.argv) > 1 else "src/export/fixtures"

x = np.linspace(-1.0, 1.0, 11)
y = np.linspace(-0.5, 0.5, 6)
X, Y = np.meshgrid(x, y, indexing="ij")  # X[i, j] = x[i], Y[i, j] = y[j], as the tool stores them
loss = 0.1 + (X - 0.2) ** 2 + 4.0 * (Y + 0.1) ** 2  # minimum 0.1 + 0 + 4*0.01 near x=0.2, y=-0.1
with h5py.File(f"{out}/surface.h5", "w") as f:
    f["xcoordinates"] = x
    f["ycoordinates"] = y
    f["train_loss"] = loss
    f["train_acc"] = 100.0 - 10.0 * loss
    f["test_loss"] = loss + 0.05
    f["dir_file"] = "directions.h5"

with h5py.File(f"{out}/surface1d.h5", "w") as f:
    f["xcoordinates"] = x
    f["train_loss"] = 0.1 + (x - 0.2) ** 2
    f["test_loss"] = 0.15 + (x - 0.2) ** 2

t = np.linspace(0.0, 1.0, 8)
with h5py.File(f"{out}/projection.h5", "w") as f:
    f["proj_xcoord"] = 0.9 * (1.0 - t)  # ends at the origin: the final weights
    f["proj_ycoord"] = 0.4 * (1.0 - t) ** 2

with h5py.File(f"{out}/directions.h5", "w") as f:
    f["explained_variance_ratio_"] = np.array([0.83, 0.11])
    f["singular_values_"] = np.array([3.1, 1.1])

with h5py.File(f"{out}/nothing.h5", "w") as f:
    f["weights"] = np.zeros(3)
