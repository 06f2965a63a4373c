"""Benchmarks (``make bench``): medians and ratios, printed and saved to bench/results/."""
