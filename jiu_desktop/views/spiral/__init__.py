"""The Spiraal tab: the participation spiral of one young person, measured and printed."""
