#!/bin/bash
# Slurm array job: each array task plays one shard of a `harmattan simulate`
# batch and writes its counts; `harmattan simulate merge` then prints the
# summary of the whole batch, the same as one run on one machine.
#
#   mkdir -p results
#   sbatch docs/slurm-simulate.sh                          # 10 tasks, shards 0/10 … 9/10
#   sbatch --dependency=afterok:JOBID --wrap 'harmattan simulate merge results/shard-*.json > results/summary.txt'
#
# Placeholders to adapt: the scenario path, the number of runs and the output
# folder (a folder every node can write, e.g. on the shared file system), and
# `harmattan` on the nodes' PATH (or `module load` / a full path).
# Every setting can also be given in the environment: `RUNS=1000000 sbatch …`.
#SBATCH --job-name=harmattan-simulate
#SBATCH --array=0-9
#SBATCH --cpus-per-task=4
#SBATCH --time=01:00:00
#SBATCH --output=harmattan-simulate-%A_%a.out

set -euo pipefail

SCENARIO=${SCENARIO:-scenarios/fuel-and-sovereignty.ron}  # placeholder: your scenario
RUNS=${RUNS:-100000}                                      # games in the whole batch
SEED=${SEED:-1}
AI=${AI:-greedy}
OUT=${OUT:-results}                                       # placeholder: a shared folder
# One shard per array task: keep --array=0-(SHARDS-1).
SHARDS=${SHARDS:-${SLURM_ARRAY_TASK_COUNT:-10}}
TASK=${SLURM_ARRAY_TASK_ID:?run this script with sbatch (it needs SLURM_ARRAY_TASK_ID)}

mkdir -p "$OUT"
harmattan simulate "$SCENARIO" --runs "$RUNS" --seed "$SEED" --ai "$AI" \
    --threads "${SLURM_CPUS_PER_TASK:-1}" \
    --shard "$TASK/$SHARDS" \
    --out "$OUT/shard-$TASK.json" \
    --games-out "$OUT/games-$TASK.jsonl"
