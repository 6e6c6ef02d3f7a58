# Both shards damaged: the first cut short, the second not a shard at all. Both are reported.
head -c 100 "$2/s0.bin" > "$2/s0.cut" && mv "$2/s0.cut" "$2/s0.bin"
echo '{"not": "a shard"}' > "$2/s10.bin"
