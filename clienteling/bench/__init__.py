"""The benchmark suite (`clienteling bench`): absolute figures beside same-run baselines."""
