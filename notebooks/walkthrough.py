# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Comparing provinces' emulation plans: a walkthrough
#
# This notebook ingests a folder of plans into a corpus store, loads the
# comparison tables, compares provinces and draws one chart. All the logic
# lives in the `thidua` package (`pipeline.store`, `outputs.tables`); the
# notebook only calls it. Run it from the repository root; set
# `THIDUA_INPUT` to another folder of plans and `THIDUA_WORK` to where the
# store, the workbook and the chart should go.

# %%
import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from outputs.plans import from_store  # noqa: E402
from outputs.tables import build_tables  # noqa: E402
from outputs.workbook import write_workbook  # noqa: E402
from thidua.cli import main as thidua  # noqa: E402

INPUT = Path(os.environ.get("THIDUA_INPUT", "corpora/samples"))
WORK = Path(os.environ.get("THIDUA_WORK", "out/notebook"))
WORK.mkdir(parents=True, exist_ok=True)
DB = WORK / "corpus.db"
pd.set_option("display.max_colwidth", 60)

# %% [markdown]
# ## 1. Ingest a folder
# `thidua ingest` extracts one plan record per file and stores it; running it
# again skips unchanged files. The exit code is 1 when some file failed —
# the failures are listed in the errors table below.

# %%
exit_code = thidua(["ingest", str(INPUT), "--db", str(DB), "--jobs", "1"])
print("exit code", exit_code)

# %% [markdown]
# ## 2. Load the comparison tables
# One DataFrame per comparison; column keys are stable (`outputs/data/columns.yaml`).

# %%
corpus = from_store(DB)
tables = build_tables(corpus.plans, corpus.failures)
print({key: len(df) for key, df in tables.items()})
tables["overview"][["plan_id", "province", "province_2025", "issuer_kind", "number", "issue_date", "status"]]

# %% [markdown]
# ## 3. Compare provinces
# Which central documents each province's plans implement, and how many days
# after the central document the plan came; "chưa ban hành" marks provinces
# in the corpus with no plan citing it.

# %%
tables["coverage"][["central_number", "province", "status", "plan_numbers", "lag_days"]]

# %% [markdown]
# Quotas per province and award: ranges stay ranges and "không quy định số
# lượng" stays words — nothing is summed into a number the plan does not give.

# %%
tables["quota_pivot"]

# %% [markdown]
# Every figure traces back to its sentence: the evidence table gives file,
# page, section and quote for each value.

# %%
tables["evidence"][["evidence_id", "province", "field", "value", "check", "quote"]].head(10)

# %% [markdown]
# ## 4. One chart: what each province's plan specifies

# %%
counts = (
    tables["overview"]
    .set_index("province")[["n_legal_basis", "n_award_forms", "n_quotas", "n_deadlines", "n_criteria"]]
    .astype(int)
)
ax = counts.plot.barh(stacked=True, figsize=(8, 4), title="Extracted items per province")
ax.set_xlabel("items")
ax.figure.tight_layout()
chart = WORK / "items_per_province.png"
ax.figure.savefig(chart, dpi=100)
plt.close(ax.figure)
print("chart:", chart)

# %% [markdown]
# ## 5. The workbook for colleagues

# %%
print("workbook:", write_workbook(tables, WORK / "comparison.xlsx", corpus.info))
