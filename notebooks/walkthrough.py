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
# This notebook ingests the team's sample plans into a corpus store, loads the
# comparison tables, compares provinces, draws charts and writes the workbook.
# All the logic lives in the `thidua` package; the notebook only calls it.
#
# It runs from any folder (Jupyter started in `notebooks/` or at the root):
# paths are taken from the repository root. Run it with
# `jupytext --to ipynb --execute notebooks/walkthrough.py` (installed by
# `make install`), or open it in Jupyter with the jupytext plugin. Set
# `THIDUA_INPUT` to other folders of plans (separated by `:`) and
# `THIDUA_WORK` to where the store and the workbook should go.

# %%
import os
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import SVG, display

import outputs
from outputs.charts import quota_dots
from outputs.compare import as_records, compare
from outputs.plans import from_store
from outputs.store_views import connect
from outputs.tables import build_tables
from outputs.workbook import write_workbook
from thidua.cli import main as thidua

ROOT = Path(outputs.__file__).resolve().parent.parent  # the repository (editable install)
INPUT = [
    Path(p)
    for p in os.environ.get(
        "THIDUA_INPUT", f"{ROOT / 'corpora' / 'samples'}:{ROOT / 'corpora' / 'variants'}"
    ).split(":")
]
WORK = Path(os.environ.get("THIDUA_WORK", ROOT / "out" / "notebook"))
WORK.mkdir(parents=True, exist_ok=True)
DB = WORK / "corpus.db"
pd.set_option("display.max_colwidth", 60)
print("plans from:", *INPUT, sep="\n  ")

# %% [markdown]
# ## 1. Ingest the plans
# `thidua ingest` extracts one plan record per file and stores it; running it
# again skips unchanged files. Notes and data files beside the plans are left
# out. The exit code is 1 when some file failed — see the errors table below.

# %%
skip = ["--exclude", "*.yaml", "--exclude", "*.md", "--exclude", "*.json"]
exit_code = thidua(["ingest", *map(str, INPUT), "--db", str(DB), "--jobs", "1", *skip])
print("exit code", exit_code)

# %% [markdown]
# ## 2. Load the comparison tables
# One DataFrame per comparison; column keys are stable (`outputs/data/columns.yaml`).

# %%
corpus = from_store(DB)
tables = build_tables(corpus.plans, corpus.failures)
print({key: len(df) for key, df in tables.items()})
tables["overview"][["plan_id", "province", "issuer_kind", "number", "issue_date", "status"]]

# %% [markdown]
# ## 3. Compare provinces
# Which central documents each province's plans cite, and how many days after
# the central document the plan came. "chưa viện dẫn" means the province's
# plans in the store do not cite it; a sector's document (a Ministry of Health
# circular) is compared only among plans of that sector.

# %%
cited = tables["coverage"]
cited[cited.central_number == "98/2023/NĐ-CP"][["province", "status", "plan_numbers", "lag_days"]]

# %% [markdown]
# Quotas per province, occasion and award: ranges stay ranges and "không quy
# định số lượng" stays words — nothing is summed into a number the plan does
# not give. Huế states its quotas for the mid-year review and the year-end
# review apart.

# %%
pivot = tables["quota_pivot"]
pivot[pivot.province == "Huế"].dropna(axis=1, how="all")

# %% [markdown]
# Three provinces side by side, every value with its evidence id.

# %%
side = compare(list(corpus.plans), ["Huế", "Đà Nẵng", "Nghệ An"])
pd.DataFrame(as_records(side)).set_index("aspect")

# %% [markdown]
# Every figure traces back to its sentence: the evidence table gives file,
# page, section and quote for each value.

# %%
tables["evidence"][["evidence_id", "province", "field", "value", "quote"]].head(8)

# %% [markdown]
# ## 4. The store in SQL
# Views join what researchers ask for; `province_sort` (or the collation `vi`
# of `connect`) sorts in Vietnamese order. See `docs/store.md`.

# %%
with connect(DB) as con:
    by_occasion = pd.read_sql(
        "SELECT province, occasion_label, award_label, recipient_label, min, max "
        "FROM quota_view WHERE award = 'bang_khen_tinh' ORDER BY province COLLATE vi, occasion",
        con,
    )
by_occasion.head(12)

# %% [markdown]
# ## 5. Charts
# What each province's plans specify (matplotlib, shown inline), then the
# report's own chart of the provincial Bằng khen quotas: one dot per quota.

# %%
counts = (
    tables["overview"]
    .groupby("province")[["n_legal_basis", "n_award_forms", "n_quotas", "n_deadlines"]]
    .sum()
    .astype(int)
)
ax = counts.plot.barh(stacked=True, figsize=(8, 6), title="Extracted items per province")
ax.set_xlabel("items")
ax.figure.tight_layout()
ax.figure.savefig(WORK / "items_per_province.png", dpi=100)
plt.show()

# %%
for chart in quota_dots(tables, lambda eid: None, "vi", top_awards=1):
    print(chart.title)
    display(SVG(chart.svg))

# %% [markdown]
# ## 6. The workbook for colleagues

# %%
print("workbook:", write_workbook(tables, WORK / "comparison.xlsx", corpus.info))
