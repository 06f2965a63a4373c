"""The network map tab: scene, items, side panel, versions and comparison."""
