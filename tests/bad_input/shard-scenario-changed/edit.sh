# The scenario's probability changes before the second shard is made (same id): the merge must say so.
wr=$1 data=$2 case_dir=$3
mkdir -p "$data/later"
sed 's/"probability": 0.5/"probability": 0.9/' "$case_dir/scenario.json" > "$data/later/scenario.json"
"$wr" simulate "$data/later/scenario.json" --data "$data" --draws 20 --seed 3 --draw-range 10:20 --quiet --out "$data/s10.bin"
